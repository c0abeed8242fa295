import { openDatabase } from "@/db/open";
import { jobConnectionOf } from "@/server/jobs/job-connection";
import { startJobSystem } from "@/server/jobs/job-system";
import { crashTestJob } from "./crash-test-job";

/**
 * A job-system process for the crash test: queues the job, says "running" once the job starts
 * and then never finishes it, so the test can kill this process mid-run.
 * Usage: tsx crashing-job-process.ts <postgres URL | PGlite data dir> <job name>
 */
const [target = "", name = ""] = process.argv.slice(2);
const isPostgres = target.startsWith("postgres");
const database = await openDatabase(
  isPostgres ? { kind: "postgres", url: target, poolSize: 2 } : { kind: "pglite", dataDir: target },
);
const system = await startJobSystem({
  db: database.db,
  connection: jobConnectionOf(database, isPostgres ? target : undefined),
  jobs: [
    crashTestJob(name, async () => {
      process.stdout.write("running\n");
      await new Promise(() => {});
    }),
  ],
  pollingIntervalSeconds: 0.5,
  sendsTicks: false,
});
await system.runNow(name);
