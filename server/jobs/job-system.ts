import type { PGlite } from "@electric-sql/pglite";
import PgBoss from "pg-boss";
import type { Db } from "@/db/database";
import { describeJobError } from "./describe-job-error";
import { jobSchema } from "./job-schema";
import { nextTickAt } from "./next-tick";
import { createPgliteBossDb } from "./pglite-boss-db";
import type { ScheduledJob } from "./scheduled-jobs";

export type JobConnection = { kind: "postgres"; url: string } | { kind: "pglite"; client: PGlite };

export type JobSystem = {
  /** Queues a run now (unless one is already waiting); null when it was already queued. */
  runNow: (name: string) => Promise<string | null>;
  stop: () => Promise<void>;
};

export type JobSystemOptions = {
  db: Db;
  connection: JobConnection;
  jobs: readonly ScheduledJob[];
  pollingIntervalSeconds?: number;
  maintenanceIntervalSeconds?: number;
  /** False: this instance only works runs that are queued (run now, or another instance's ticks). */
  sendsTicks?: boolean;
  onError?: (error: unknown) => void;
};

const logError = (error: unknown) => console.error("Job system:", error);

/**
 * Starts pg-boss on the app's database and gives every job its own "stately" queue: at most one
 * run active and one waiting, across all instances. Each instance's ticker sends one job per
 * `everySeconds` slot; pg-boss's singleton slot keeps that to one job per slot for all of them.
 */
export async function startJobSystem({
  db,
  connection,
  jobs,
  pollingIntervalSeconds = 2,
  maintenanceIntervalSeconds = 60,
  sendsTicks = true,
  onError = logError,
}: JobSystemOptions): Promise<JobSystem> {
  const boss = new PgBoss({
    ...(connection.kind === "postgres"
      ? { connectionString: connection.url, max: 4, application_name: "kopilka-jobs" }
      : { db: createPgliteBossDb(connection.client) }),
    schema: jobSchema,
    schedule: false,
    supervise: true,
    maintenanceIntervalSeconds,
    archiveCompletedAfterSeconds: 60 * 60,
    archiveFailedAfterSeconds: 3 * 24 * 60 * 60,
    deleteAfterDays: 3,
  });
  boss.on("error", onError);
  await boss.start();
  const active = jobs.filter((job) => job.everySeconds > 0);
  for (const job of active) {
    await ensureQueue(boss, job);
    await boss.work(job.name, { batchSize: 1, pollingIntervalSeconds }, () => runJob(job, db));
  }
  const send = (job: ScheduledJob) =>
    boss.send(job.name, {}, { singletonKey: job.name, singletonSeconds: job.everySeconds });
  const stopTickers = sendsTicks
    ? active.map((job) => startTicker(job.everySeconds, () => send(job), onError))
    : [];
  return {
    runNow: (name) => boss.send(name, {}, { singletonKey: name }),
    stop: async () => {
      for (const stopTicker of stopTickers) stopTicker();
      await boss.stop({ graceful: true, timeout: 10_000 });
    },
  };
}

async function ensureQueue(boss: PgBoss, job: ScheduledJob) {
  const options = {
    name: job.name,
    policy: "stately" as const,
    retryLimit: job.retryLimit,
    retryDelay: job.retryDelaySeconds,
    retryBackoff: job.retryDelaySeconds > 0,
    expireInSeconds: job.timeoutSeconds,
  };
  if (!(await boss.getQueue(job.name))) {
    try {
      await boss.createQueue(job.name, options);
      return;
    } catch (error) {
      if (!(await boss.getQueue(job.name))) throw error;
    }
  }
  await boss.updateQueue(job.name, options);
}

async function runJob(job: ScheduledJob, db: Db): Promise<void> {
  try {
    await job.run({ db, now: new Date() });
  } catch (error) {
    console.error(`Job ${job.name} failed`, error);
    throw new Error(describeJobError(error));
  }
}

function startTicker(
  everySeconds: number,
  tick: () => Promise<unknown>,
  onError: (error: unknown) => void,
): () => void {
  let timer: NodeJS.Timeout | undefined;
  let isStopped = false;
  const schedule = () => {
    if (isStopped) return;
    timer = setTimeout(async () => {
      await tick().catch(onError);
      schedule();
    }, nextTickAt(everySeconds, new Date()).getTime() - Date.now());
    timer.unref();
  };
  schedule();
  return () => {
    isStopped = true;
    clearTimeout(timer);
  };
}
