import { beforeAll, describe, expect, it } from "vitest";
import { makeTemplate } from "@/components/programs/templates";
import { type Auth, createAuth } from "@/server/auth/auth";
import { listActiveVersions } from "@/server/services/programs/list-active-versions";
import { createAdminCallers } from "@/server/testing/admin-callers";
import { setUpTestDatabase } from "@/server/testing/test-database";
import { type PeriodicJob, periodicJobs, runJobsOnce } from "./periodic-jobs";

const database = setUpTestDatabase();
let auth: Auth;
beforeAll(() => {
  auth = createAuth(database.db);
});

describe("runJobsOnce", () => {
  it("puts a scheduled program live once its start has passed", async () => {
    const { owner, ctx } = await createAdminCallers(database, auth);
    const { programId } = await owner.programs.create({
      name: "VIP",
      config: makeTemplate("vipTiers", "en"),
    });
    await owner.programs.publish({ programId });
    const startsAt = new Date(Date.now() + 3_600_000);
    await owner.programs.schedule({ programId, startsAt, endsAt: null });
    expect(await listActiveVersions({ ctx })).toEqual([]);

    const outcomes = await runJobsOnce({
      db: database.db,
      now: new Date(startsAt.getTime() + 1000),
    });
    expect(outcomes.map((o) => o.name)).toEqual(periodicJobs.map((j) => j.name));
    expect(outcomes.every((o) => o.isOk)).toBe(true);
    expect(await listActiveVersions({ ctx })).toHaveLength(1);
  });

  it("reports a failing job and still runs the ones after it", async () => {
    const ran: string[] = [];
    const jobs: PeriodicJob[] = [
      { name: "broken", run: async () => Promise.reject(new Error("boom")) },
      { name: "after", run: async () => ran.push("after") },
    ];
    const outcomes = await runJobsOnce({ db: database.db, jobs });
    expect(outcomes).toEqual([
      { name: "broken", isOk: false, error: "Error: boom" },
      { name: "after", isOk: true },
    ]);
    expect(ran).toEqual(["after"]);
  });
});
