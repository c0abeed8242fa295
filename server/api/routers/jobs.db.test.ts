import { setTimeout as sleep } from "node:timers/promises";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { type Auth, createAuth } from "@/server/auth/auth";
import { listAppJobs } from "@/server/jobs/app-jobs";
import { jobConnectionOf } from "@/server/jobs/job-connection";
import { startJobSystem } from "@/server/jobs/job-system";
import { createAdminCallers } from "@/server/testing/admin-callers";
import { callerFor, signUpUser } from "@/server/testing/staff-caller";
import { setUpTestDatabase } from "@/server/testing/test-database";

const database = setUpTestDatabase();
let auth: Auth;
beforeAll(() => {
  auth = createAuth(database.db);
});

const failingJob = "apply-program-schedules";

describe("jobs router", () => {
  it("shows every store's staff the same job health, with errors stripped of store data", async () => {
    const { owner, analyst, attacker, ctx } = await createAdminCallers(database, auth);
    const [job] = listAppJobs().filter((j) => j.name === failingJob);
    if (!job) throw new Error(`${failingJob} is not an app job`);
    // A query that fails with the owner's store id among its parameters.
    const system = await startJobSystem({
      db: database.db,
      connection: jobConnectionOf(database, inject("postgresUrl")),
      jobs: [
        {
          ...job,
          retryLimit: 0,
          run: ({ db }) => db.execute(sql`select 1 / 0 where ${ctx.merchantId}::text is not null`),
        },
      ],
      pollingIntervalSeconds: 0.5,
      sendsTicks: false,
    });
    try {
      await system.runNow(failingJob);
      const failuresOf = async () =>
        (await attacker.jobs.health()).jobs.find((j) => j.name === failingJob)?.failures ?? [];
      const deadline = Date.now() + 20_000;
      while ((await failuresOf()).length === 0 && Date.now() < deadline) await sleep(200);
    } finally {
      await system.stop();
    }
    const seenByAttacker = await attacker.jobs.health();
    expect(seenByAttacker.jobs.map((j) => j.name)).toEqual(listAppJobs().map((j) => j.name));
    const failure = seenByAttacker.jobs.find((j) => j.name === failingJob)?.failures[0];
    expect(failure?.error).toContain("division by zero");
    expect(JSON.stringify(seenByAttacker)).not.toContain(ctx.merchantId);
    // Next runs move on with the clock between two reads; everything else must match.
    const sameNow = (jobs: typeof seenByAttacker.jobs) =>
      jobs.map(({ nextRunAt: _, ...job }) => job);
    expect(sameNow((await owner.jobs.health()).jobs)).toEqual(sameNow(seenByAttacker.jobs));
    expect(sameNow((await analyst.jobs.health()).jobs)).toEqual(sameNow(seenByAttacker.jobs));
  });

  it("refuses a user without a store and a visitor who is not signed in", async () => {
    const stranger = await signUpUser(auth);
    await expect(
      callerFor(database.db, auth, stranger.headers).jobs.health(),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(callerFor(database.db, auth, new Headers()).jobs.health()).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
  });
});
