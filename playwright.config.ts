import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
const debianChromium = "/usr/bin/chromium";
const dataDir = `.data/e2e-${Date.now()}`;

// e2e runs the production build on its own port and a fresh embedded database.
export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [["list"], ["json", { outputFile: "reports/playwright.json" }]],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: existsSync(debianChromium) ? debianChromium : undefined,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    command: "npm start",
    url: `http://localhost:${port}/api/health`,
    // The first start builds the app and seeds the demo store, which takes minutes on a busy box.
    timeout: 900_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      PORT: String(port),
      DATA_DIR: dataDir,
      SIGN_IN_ATTEMPTS_PER_MINUTE: "1000",
      // The webhook receivers of the e2e specs listen on localhost.
      WEBHOOK_ALLOW_PRIVATE_NETWORKS: "true",
    },
  },
});
