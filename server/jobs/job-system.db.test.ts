import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, describe, expect, inject, it } from "vitest";
import { listJobHealth } from "@/server/services/jobs/list-job-health";
import { setUpTestDatabase } from "@/server/testing/test-database";
import { jobConnectionOf } from "./job-connection";
import { type JobSystem, startJobSystem } from "./job-system";
import type { ScheduledJob } from "./scheduled-jobs";

const database = setUpTestDatabase();
const started: JobSystem[] = [];
// afterAll hooks run last-registered first: the systems stop before the database closes.
afterAll(async () => {
  await Promise.all(started.map((system) => system.stop()));
});

/** Without ticks unless asked: an hourly tick at half past would add a run to a test. */
async function start(
  jobs: ScheduledJob[],
  { pollingIntervalSeconds = 0.5, sendsTicks = false } = {},
) {
  const system = await startJobSystem({
    db: database.db,
    connection: jobConnectionOf(database, inject("postgresUrl")),
    jobs,
    pollingIntervalSeconds,
    sendsTicks,
  });
  started.push(system);
  return system;
}

const testJob = (run: ScheduledJob["run"], overrides: Partial<ScheduledJob> = {}) => ({
  name: `test-${randomUUID()}`,
  run,
  everySeconds: 3600,
  retryLimit: 0,
  retryDelaySeconds: 0,
  timeoutSeconds: 60,
  ...overrides,
});

async function waitFor(isDone: () => boolean | Promise<boolean>, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await isDone())) {
    if (Date.now() > deadline) throw new Error("Timed out waiting");
    await sleep(100);
  }
}

describe("job system (pg-boss)", () => {
  it("two instances on one database never run the same job at once", async () => {
    const runs: { instance: string; start: number; end: number }[] = [];
    const name = `test-${randomUUID()}`;
    // Each run outlasts the one-second slot, so without the queue's guard runs would overlap.
    const slowJob = (instance: string) =>
      testJob(
        async () => {
          const start = Date.now();
          await sleep(1500);
          runs.push({ instance, start, end: Date.now() });
        },
        { name, everySeconds: 1 },
      );
    await start([slowJob("a")], { sendsTicks: true });
    await start([slowJob("b")], { sendsTicks: true });
    await waitFor(() => runs.length >= 3);
    const ordered = [...runs].sort((x, y) => x.start - y.start);
    ordered.slice(1).forEach((run, i) => {
      expect(run.start).toBeGreaterThanOrEqual(ordered[i]?.end ?? Number.POSITIVE_INFINITY);
    });
  });

  it("retries a failing job with growing delays, then records it as failed with its error", async () => {
    const attempts: number[] = [];
    const job = testJob(
      async () => {
        attempts.push(Date.now());
        throw new Error("the store's API is down");
      },
      { retryLimit: 2, retryDelaySeconds: 1 },
    );
    const system = await start([job]);
    await system.runNow(job.name);
    const healthOf = async () => {
      const [health] = await listJobHealth({ db: database.db, jobs: [job] });
      if (!health) throw new Error("The job has no health row");
      return health;
    };
    await waitFor(async () => (await healthOf()).lastRun !== null);
    expect(attempts).toHaveLength(3);
    // Backoff doubles a one-second delay: at least 1 s before the 2nd try, 2 s before the 3rd.
    const [first = 0, second = 0, third = 0] = attempts;
    expect(second - first).toBeGreaterThanOrEqual(1000);
    expect(third - second).toBeGreaterThanOrEqual(2000);
    const health = await healthOf();
    expect(health).toMatchObject({ state: "idle", lastRun: { isOk: false } });
    expect(health.failures).toEqual([
      { at: expect.any(Date), error: "Error: the store's API is down", attempts: 3 },
    ]);
  });

  it("a queued job survives a restart and runs once on the new instance", async () => {
    const ranOn: string[] = [];
    const name = `test-${randomUUID()}`;
    const job = (instance: string) => testJob(async () => ranOn.push(instance), { name });
    // A slow poll: the first instance stops before it looks at its queue again.
    const first = await start([job("first")], { pollingIntervalSeconds: 30 });
    await sleep(500);
    expect(await first.runNow(name)).not.toBeNull();
    await first.stop();
    expect(ranOn).toEqual([]);
    await start([job("second")]);
    await waitFor(() => ranOn.length > 0);
    await sleep(1000);
    expect(ranOn).toEqual(["second"]);
  });
});
