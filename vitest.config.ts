import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const alias = { "@": fileURLToPath(new URL(".", import.meta.url)) };
const dbTests = "**/*.db.test.ts";
const ignored = ["node_modules/**", "e2e/**", ".next/**"];

// Unit tests are pure; *.db.test.ts run on PGlite, and again on real Postgres when
// TEST_DATABASE_URL is set (the global setup creates a fresh database per run).
export default defineConfig({
  resolve: { alias },
  test: {
    reporters: ["default", "json"],
    outputFile: { json: "reports/vitest.json" },
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["**/*.test.ts"], exclude: [...ignored, dbTests] },
      },
      {
        extends: true,
        test: { name: "pglite", include: [dbTests], exclude: ignored, testTimeout: 60_000 },
      },
      ...(process.env.TEST_DATABASE_URL
        ? [
            {
              extends: true as const,
              test: {
                name: "postgres",
                include: [dbTests],
                exclude: ignored,
                testTimeout: 60_000,
                globalSetup: ["server/testing/postgres-global-setup.ts"],
              },
            },
          ]
        : []),
    ],
  },
});
