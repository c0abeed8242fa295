import type { Database } from "@/db/database";
import { env } from "@/server/env";
import { listAppJobs } from "./app-jobs";
import { jobConnectionOf } from "./job-connection";
import { startJobSystem } from "./job-system";
import { setJobSystemStatus } from "./job-system-status";
import { setJobRunner } from "./request-job-run";

/**
 * Starts the app's job system at server start. A failure is logged and shown on the admin's
 * Jobs page; the app keeps serving, and the ledger stays correct (jobs only catch up later).
 */
export async function startAppJobs(database: Database) {
  const jobs = listAppJobs();
  if (jobs.every((job) => job.everySeconds === 0)) {
    setJobSystemStatus({ state: "off" });
    console.log(
      "Kopilka: background jobs are off (JOB_INTERVAL_SECONDS=0, WEBHOOK_POLL_SECONDS=0)",
    );
    return;
  }
  try {
    const system = await startJobSystem({
      db: database.db,
      connection: jobConnectionOf(database, env.DATABASE_URL),
      jobs,
    });
    setJobRunner({
      names: new Set(jobs.filter((job) => job.everySeconds > 0).map((job) => job.name)),
      runNow: system.runNow,
    });
    setJobSystemStatus({ state: "running", database: database.kind, startedAt: new Date() });
    console.log(
      database.kind === "pglite"
        ? "Kopilka: background jobs run on pg-boss in this process (embedded database: one app instance)"
        : "Kopilka: background jobs run on pg-boss (Postgres: any number of app instances share them)",
    );
  } catch (error) {
    setJobSystemStatus({ state: "failed", error: String(error) });
    console.error("Kopilka: the job system did not start; background jobs are not running", error);
  }
}
