import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { type Auth, createAuth } from "@/server/auth/auth";
import { refreshAnalyticsJob } from "@/server/jobs/refresh-analytics";
import { rebuildRollups } from "@/server/services/analytics/rebuild-rollups";
import { recordGuestOrder } from "@/server/services/guest-orders/record-guest-order";
import { listMembers } from "@/server/services/members/list-members";
import { createAdminCallers } from "@/server/testing/admin-callers";
import { buildAnalyticsStore, fixtureNow } from "@/server/testing/analytics-fixture";
import { setUpTestDatabase } from "@/server/testing/test-database";

const database = setUpTestDatabase();
let auth: Auth;
let callers: Awaited<ReturnType<typeof createAdminCallers>>;
const aprMay = { from: "2026-04", to: "2026-05" };

beforeAll(async () => {
  auth = createAuth(database.db);
  callers = await createAdminCallers(database, auth);
  await buildAnalyticsStore(callers.ctx);
  await rebuildRollups({ db: database.db, merchantId: callers.ctx.merchantId, now: fixtureNow });
});

describe("analytics router", () => {
  it("an analyst reads the dashboard and may refresh it", async () => {
    const { analyst } = callers;
    expect((await analyst.analytics.members(aprMay)).current.active).toBe(2);
    expect((await analyst.analytics.economics(aprMay)).memberRevenue).toBe(345_000);
    expect((await analyst.analytics.tiers()).total).toBe(4);
    const [program] = await callers.owner.programs.list();
    const byProgram = await analyst.analytics.economics({ ...aprMay, program: program?.id });
    expect(byProgram.memberRevenue).toBe(345_000);
    expect((await analyst.analytics.tierMoves(aprMay)).transitions).toEqual([]);
    const refreshed = await analyst.analytics.refresh();
    expect(refreshed.isRebuilt).toBe(true);
    // A second click within the cool-down reuses the rebuild it just did.
    expect((await analyst.analytics.refresh()).isRebuilt).toBe(false);
    expect((await analyst.analytics.freshness()).refreshedAt).toEqual(refreshed.refreshedAt);
  });

  it("another store sees none of these figures", async () => {
    const { attacker } = callers;
    expect((await attacker.analytics.members(aprMay)).current).toEqual({
      total: 0,
      joined: 0,
      active: 0,
      revenueShareBp: null,
    });
    expect((await attacker.analytics.cohorts(aprMay)).cohorts).toEqual([]);
    expect((await attacker.analytics.points(aprMay)).outstanding).toBe(0);
    expect((await attacker.analytics.freshness()).refreshedAt).toBeNull();
    expect((await attacker.analytics.tierMoves(aprMay)).current.up).toEqual({
      members: 0,
      moves: 0,
    });
    // Another store's program id selects nothing of that store's figures.
    const [program] = await callers.owner.programs.list();
    const filtered = await attacker.analytics.economics({ ...aprMay, program: program?.id });
    expect(filtered.memberRevenue).toBe(0);
    expect((await attacker.members.list({ program: program?.id })).total).toBe(0);
    // Drill-down filters are scoped too: the attacker's list stays empty.
    expect((await attacker.members.list({ joinedMonth: "2026-01" })).total).toBe(0);
  });

  it("refuses a reversed or too long range, or a malformed program, with a 400", async () => {
    const { owner } = callers;
    await expect(
      owner.analytics.members({ ...aprMay, program: "not-a-program" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(owner.analytics.members({ from: "2026-05", to: "2026-04" })).rejects.toMatchObject(
      {
        code: "BAD_REQUEST",
      },
    );
    await expect(owner.analytics.members({ from: "2020-01", to: "2026-04" })).rejects.toMatchObject(
      {
        code: "BAD_REQUEST",
      },
    );
  });

  it("a cohort cell opens exactly its members", async () => {
    const { owner } = callers;
    const { cohorts } = await owner.analytics.cohorts(aprMay);
    const january = cohorts.find((c) => c.cohort === "2026-01");
    const april = january?.cells.find((c) => c.month === "2026-04");
    expect(april?.returned).toBe(1);
    const list = await owner.members.list({ joinedMonth: "2026-01", boughtMonth: "2026-04" });
    expect(list.rows.map((r) => r.externalId)).toEqual(["alice"]);
    const cohort = await owner.members.list({ joinedMonth: "2026-01" });
    expect(cohort.rows.map((r) => r.externalId).sort()).toEqual(["alice", "clara"]);
    const firstInMarch = await owner.members.list({ firstOrderMonth: "2026-03" });
    expect(firstInMarch.rows.map((r) => r.externalId)).toEqual(["boris"]);
  });

  it("the lapsed drill-down lists the members the dashboard counts", async () => {
    const { owner, ctx } = callers;
    const figures = await owner.analytics.members({ ...aprMay, lapsedDays: 45 });
    const list = await listMembers({ ctx, input: { lapsedDays: 45 }, now: new Date() });
    // The router uses the real clock: by now every fixture member with orders has lapsed.
    expect(figures.lapsed).toBe(list.total);
    expect(list.total).toBe(3);
  });

  it("the job rebuilds a store whose orders moved, and only once they moved", async () => {
    const { ctx } = callers;
    const later = new Date(Date.now() + 3_600_000);
    await refreshAnalyticsJob({ db: database.db, now: later, minAgeMs: 0 });
    const before = await callers.owner.analytics.behaviour(aprMay);
    await recordGuestOrder({
      ctx,
      input: {
        idempotencyKey: randomUUID(),
        orderId: "G-9",
        customerRef: "w",
        amount: 10_000,
        paidAt: "2026-05-20T10:00:00Z",
      },
    });
    expect((await callers.owner.analytics.behaviour(aprMay)).current.guests).toEqual(
      before.current.guests,
    );
    const evenLater = new Date(later.getTime() + 3_600_000);
    await refreshAnalyticsJob({ db: database.db, now: evenLater, minAgeMs: 0 });
    const after = await callers.owner.analytics.behaviour(aprMay);
    expect(after.current.guests).toMatchObject({ customers: 3, orders: 4, revenue: 310_000 });
    expect((await callers.owner.analytics.freshness()).refreshedAt).toEqual(evenLater);
  });
});
