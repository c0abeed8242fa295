import { type SQL, sql } from "drizzle-orm";
import type { Executor } from "@/db/database";
import { jobSchema } from "@/server/jobs/job-schema";
import { nextTickAt } from "@/server/jobs/next-tick";
import type { ScheduledJob } from "@/server/jobs/scheduled-jobs";
import { rowsOf } from "../ledger/rows-of";

export type JobState = "off" | "running" | "waiting" | "retrying" | "idle";
export type JobFailure = { at: Date; error: string; attempts: number };
export type JobHealth = {
  name: string;
  everySeconds: number;
  state: JobState;
  lastRun: { startedAt: Date | null; finishedAt: Date; isOk: boolean } | null;
  nextRunAt: Date | null;
  /** The error of the attempt that will be retried, while the job is retrying. */
  retryError: string | null;
  failures: JobFailure[];
};

type Row = {
  name: string;
  state: string;
  started_on: Date | string | null;
  completed_on: Date | string | null;
  start_after: Date | string | null;
  retry_count: number;
  error: string | null;
};

const failuresPerJob = 5;
const date = (value: Date | string | null) => (value === null ? null : new Date(value));
const columns = sql.raw(
  "name, state::text as state, started_on, completed_on, start_after, retry_count, output->>'message' as error",
);
const table = (name: "job" | "archive") => sql.raw(`${jobSchema}.${name}`);

/**
 * What the job system did and will do, read from pg-boss's own tables (live jobs and the
 * archive). Jobs are global, so this holds no store's data: only names, times and error text.
 */
export async function listJobHealth({
  db,
  jobs,
  now = new Date(),
}: {
  db: Executor;
  jobs: readonly ScheduledJob[];
  now?: Date;
}): Promise<JobHealth[]> {
  const read = async (query: SQL) => rowsOf<Row>(await db.execute(query));
  const [installed] = rowsOf<{ ok: boolean }>(
    await db.execute(sql`select to_regclass(${`${jobSchema}.archive`}) is not null as ok`),
  );
  const names = sql.join(
    jobs.map((job) => sql`${job.name}`),
    sql`, `,
  );
  const finished = (state: SQL) => sql`
    select ${columns} from ${table("job")} where name in (${names}) and ${state}
    union all
    select ${columns} from ${table("archive")} where name in (${names}) and ${state}`;
  const [live, last, failed] = installed?.ok
    ? await Promise.all([
        read(
          sql`select ${columns} from ${table("job")} where name in (${names}) and state < 'completed'`,
        ),
        read(sql`select distinct on (name) * from (${finished(sql`state in ('completed', 'failed')`)}) r
          order by name, completed_on desc`),
        read(sql`select * from (${finished(sql`state = 'failed'`)}) r
          order by completed_on desc limit ${jobs.length * failuresPerJob}`),
      ])
    : [[], [], []];
  return jobs.map((job) => {
    const mine = live.filter((row) => row.name === job.name);
    const retry = mine.find((row) => row.state === "retry");
    const lastRow = last.find((row) => row.name === job.name);
    return {
      name: job.name,
      everySeconds: job.everySeconds,
      state: stateOf(job, mine),
      lastRun: lastRow?.completed_on
        ? {
            startedAt: date(lastRow.started_on),
            finishedAt: new Date(lastRow.completed_on),
            isOk: lastRow.state === "completed",
          }
        : null,
      nextRunAt: nextRunOf(job, mine, now),
      retryError: retry?.error ?? null,
      failures: failed
        .filter((row) => row.name === job.name)
        .slice(0, failuresPerJob)
        .map((row) => ({
          at: new Date(row.completed_on ?? now),
          error: row.error ?? "",
          attempts: Number(row.retry_count) + 1,
        })),
    };
  });
}

function stateOf(job: ScheduledJob, live: Row[]): JobState {
  if (job.everySeconds === 0) return "off";
  if (live.some((row) => row.state === "active")) return "running";
  if (live.some((row) => row.state === "retry")) return "retrying";
  if (live.some((row) => row.state === "created")) return "waiting";
  return "idle";
}

function nextRunOf(job: ScheduledJob, live: Row[], now: Date): Date | null {
  if (job.everySeconds === 0) return null;
  const queued = live
    .filter((row) => row.state !== "active" && row.start_after !== null)
    .map((row) => new Date(row.start_after ?? now).getTime());
  return queued.length > 0 ? new Date(Math.min(...queued)) : nextTickAt(job.everySeconds, now);
}
