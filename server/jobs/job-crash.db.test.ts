import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, describe, expect, inject, it } from "vitest";
import type { Database } from "@/db/database";
import { openDatabase } from "@/db/open";
import { listJobHealth } from "@/server/services/jobs/list-job-health";
import { crashTestJob } from "@/server/testing/crash-test-job";
import { jobConnectionOf } from "./job-connection";
import { startJobSystem } from "./job-system";

const postgresUrl = inject("postgresUrl");
const dataDir = postgresUrl ? null : mkdtempSync(path.join(tmpdir(), "kopilka-crash-"));
const target = postgresUrl ?? dataDir ?? "";
afterAll(() => {
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

/** Starts the job in another process and kills that process (SIGKILL) while the job runs. */
async function crashMidRun(name: string) {
  // Node itself with tsx as a loader (not the tsx CLI, which would run the job in a grandchild).
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "server/testing/crashing-job-process.ts", target, name],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  await new Promise<void>((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("running")) resolve();
    });
    child.on("exit", (code) => reject(new Error(`The job process exited early (${code})`)));
  });
  const exited = new Promise((resolve) => child.on("exit", resolve));
  child.kill("SIGKILL");
  await exited;
}

describe("job system after a crash", () => {
  it("a job whose process was killed mid-run runs again after the restart and completes once", async () => {
    const name = `crash-${randomUUID()}`;
    await crashMidRun(name);
    const database: Database = await openDatabase(
      postgresUrl ? { kind: "postgres", url: postgresUrl } : { kind: "pglite", dataDir: target },
    );
    let completions = 0;
    const job = crashTestJob(name, async () => {
      completions += 1;
    });
    const system = await startJobSystem({
      db: database.db,
      connection: jobConnectionOf(database, postgresUrl),
      jobs: [job],
      pollingIntervalSeconds: 0.5,
      maintenanceIntervalSeconds: 1,
      // The hourly tick would queue a second run if the test straddled half past the hour.
      sendsTicks: false,
    });
    try {
      const deadline = Date.now() + 30_000;
      while (completions === 0 && Date.now() < deadline) await sleep(200);
      await sleep(1500);
      expect(completions).toBe(1);
      const [health] = await listJobHealth({ db: database.db, jobs: [job] });
      expect(health).toMatchObject({ state: "idle", lastRun: { isOk: true }, failures: [] });
    } finally {
      await system.stop();
      await database.close();
    }
  }, 120_000);
});
