import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { buildAnalyticsStore, fixtureNow } from "@/server/testing/analytics-fixture";
import { createTestMerchant } from "@/server/testing/create-test-merchant";
import { expectConsistentLedger } from "@/server/testing/loyalty-fixtures";
import { setUpTestDatabase } from "@/server/testing/test-database";
import type { ServiceContext } from "../context";
import { buildCohorts } from "./build-cohorts";
import { compareBehaviour } from "./compare-behaviour";
import { estimateEconomics } from "./estimate-economics";
import { measureRetention } from "./measure-retention";
import { rebuildRollups } from "./rebuild-rollups";
import { summarizeMembers } from "./summarize-members";
import { summarizePoints } from "./summarize-points";
import { summarizeTiers } from "./summarize-tiers";

// Every expected figure below is worked out by hand from the fixture (see its comments), not
// by the dashboard's SQL. Amounts are kopecks; the store is in Europe/Berlin.
const database = setUpTestDatabase();
let ctx: ServiceContext;
const aprMay = { from: "2026-04", to: "2026-05", lapsedDays: 45 };
const febMar = { from: "2026-02", to: "2026-03" };

beforeAll(async () => {
  ctx = await createTestMerchant(database.db);
  await buildAnalyticsStore(ctx);
  await rebuildRollups({ db: database.db, merchantId: ctx.merchantId, now: fixtureNow });
});

describe("dashboard figures on a hand-checked Berlin store", () => {
  it("the fixture leaves the ledger consistent", async () => {
    await expectConsistentLedger(database.db, ctx.merchantId);
  });

  it("members: total, new, active (by Berlin months), lapsed and revenue share", async () => {
    const figures = await summarizeMembers({ ctx, input: aprMay, now: fixtureNow });
    // Alice, Boris, Clara, Dmitri joined by May; Dmitri in April; Alice and Boris bought in Apr-May.
    // Members 2000 + 500 + 950 RUB (A-2 is 1 April in Berlin) of 3450 + 3000 RUB from guests.
    expect(figures.current).toEqual({ total: 4, joined: 1, active: 2, revenueShareBp: 5349 });
    // Feb-Mar: Boris joined 1 March in Berlin; Boris (31 Mar) and Clara (5 Feb) bought; Alice's
    // 31 March 22:30 UTC order is April in Berlin. Guests: G-4 fully refunded, so 100%.
    expect(figures.previous).toEqual({ total: 3, joined: 1, active: 2, revenueShareBp: 10_000 });
    // Last orders before 1 May (45 days before 15 June): Boris (20 Apr) and Clara (5 Feb).
    expect(figures.lapsed).toBe(2);
  });

  it("behaviour: members beside non-members", async () => {
    const { current } = await compareBehaviour({ ctx, input: aprMay });
    expect(current.members).toEqual({
      customers: 2,
      orders: 3,
      revenue: 345_000,
      frequencyCentis: 75,
      averageOrder: 115_000,
      revenuePerCustomer: 172_500,
    });
    expect(current.guests).toEqual({
      customers: 2,
      orders: 3,
      revenue: 300_000,
      frequencyCentis: 75,
      averageOrder: 100_000,
      revenuePerCustomer: 150_000,
    });
  });

  it("retention: repeat and second purchase, median days, churn", async () => {
    const now = await measureRetention({ ctx, input: aprMay });
    expect(now.members).toMatchObject({
      buyers: 2,
      repeatBuyers: 2,
      repeatRateBp: 10_000,
      firstTimers: 0,
      secondPurchaseRateBp: null,
      previousBuyers: 2,
      churned: 1,
      churnBp: 5000,
    });
    // x bought 3 and 25 April: 22 days; y once in May.
    expect(now.guests).toMatchObject({
      buyers: 2,
      repeatBuyers: 1,
      repeatRateBp: 5000,
      firstTimers: 2,
      secondPurchases: 1,
      secondPurchaseRateBp: 5000,
      medianDaysToSecond: 22,
    });
    const before = await measureRetention({ ctx, input: febMar });
    // Boris first bought 31 Mar 23:30 and again 20 Apr 12:00 Berlin: 19.5 days, counted 19.
    expect(before.members).toMatchObject({
      buyers: 2,
      repeatBuyers: 0,
      firstTimers: 2,
      secondPurchases: 1,
      secondPurchaseRateBp: 5000,
      medianDaysToSecond: 19,
      previousBuyers: 1,
      churned: 1,
      churnBp: 10_000,
    });
  });

  it("cohorts by join month: share of each cohort buying in month +k", async () => {
    const { cohorts } = await buildCohorts({ ctx, input: aprMay, now: fixtureNow });
    const cells = (cohort: string) =>
      cohorts.find((c) => c.cohort === cohort)?.cells.map((c) => [c.month, c.returned, c.shareBp]);
    expect(cohorts.map((c) => [c.cohort, c.size])).toEqual([
      ["2026-01", 2],
      ["2026-03", 1],
      ["2026-04", 1],
    ]);
    // Alice and Clara joined in January: Clara bought in Feb, nobody in Mar (Berlin), Alice in Apr and May.
    expect(cells("2026-01")).toEqual([
      ["2026-02", 1, 5000],
      ["2026-03", 0, 0],
      ["2026-04", 1, 5000],
      ["2026-05", 1, 5000],
      ["2026-06", 0, 0],
    ]);
    expect(cells("2026-03")).toEqual([
      ["2026-04", 1, 10_000],
      ["2026-05", 0, 0],
      ["2026-06", 0, 0],
    ]);
  });

  it("cohorts by first purchase month", async () => {
    const { cohorts } = await buildCohorts({
      ctx,
      input: { ...aprMay, cohortBy: "firstOrder" },
      now: fixtureNow,
    });
    expect(cohorts.map((c) => [c.cohort, c.size, c.cells[0]?.returned])).toEqual([
      ["2026-01", 1, 0],
      ["2026-02", 1, 0],
      ["2026-03", 1, 1],
    ]);
  });

  it("points: flow, liability, breakage and forecast", async () => {
    const points = await summarizePoints({ ctx, input: aprMay, now: fixtureNow });
    // April: A-2 earns 200 and B-2 earns 95 (10% of 950 RUB) and spends 50; C-1's lot (300 - 100
    // reversed) expires on 10 April. May: A-3 earns 50.
    expect(points.months).toEqual([
      { month: "2026-04", earned: 295, spent: 50, expired: 200, reversed: 0 },
      { month: "2026-05", earned: 50, spent: 0, expired: 0, reversed: 0 },
    ]);
    expect(points.breakageBp).toBe(8000);
    // Left: Alice 50, Boris 95 (B-2); 1 point = 100 kopecks.
    expect(points.outstanding).toBe(145);
    expect(points.liability).toBe(14_500);
    // B-2's lot expires 19 June, A-3's on 4 July; 50 spent over Mar-May -> 17 a month.
    expect(points.forecast).toEqual([
      { month: "2026-06", expiring: 95, expectedRedemptions: 17 },
      { month: "2026-07", expiring: 50, expectedRedemptions: 17 },
      { month: "2026-08", expiring: 0, expectedRedemptions: 17 },
    ]);
    const before = await summarizePoints({ ctx, input: febMar, now: fixtureNow });
    // Feb: C-1 earns 300, 100 reversed by the refund. Mar: B-1 earns 100; A-1's 100 expire on 20 Mar.
    expect(before.months).toEqual([
      { month: "2026-02", earned: 300, spent: 0, expired: 0, reversed: 100 },
      { month: "2026-03", earned: 100, spent: 0, expired: 100, reversed: 0 },
    ]);
  });

  it("economics: cost against members' revenue and the incremental estimate", async () => {
    const economics = await estimateEconomics({ ctx, input: aprMay });
    // B-2 paid 50 RUB with points; 2 active members; non-members 3000 RUB over 2 buyers.
    expect(economics).toMatchObject({
      memberRevenue: 345_000,
      discount: 0,
      pointsValue: 5000,
      cost: 5000,
      costShareBp: 145,
      activeMembers: 2,
      guestCustomers: 2,
      baseline: 300_000,
      incremental: 45_000,
      net: 40_000,
    });
  });

  it("a tier filter narrows the member figures (tiers as of the last rollup)", async () => {
    // Alice is the only gold member.
    await database.db.execute(
      sql`update members set tier = 'gold'
        where merchant_id = ${ctx.merchantId} and external_id = 'alice'`,
    );
    await rebuildRollups({ db: database.db, merchantId: ctx.merchantId, now: fixtureNow });
    const gold = await summarizeMembers({
      ctx,
      input: { ...aprMay, tier: "gold" },
      now: fixtureNow,
    });
    expect(gold.current).toMatchObject({ total: 1, joined: 0, active: 1 });
    expect(gold.lapsed).toBe(0);
    const tiers = await summarizeTiers({ ctx });
    expect(tiers.tiers.map((t) => [t.tier, t.members])).toEqual([
      ["gold", 1],
      [null, 3],
    ]);
  });

  it("rebuilding twice gives the same figures", async () => {
    const first = await buildCohorts({ ctx, input: aprMay, now: fixtureNow });
    await rebuildRollups({ db: database.db, merchantId: ctx.merchantId, now: fixtureNow });
    expect(await buildCohorts({ ctx, input: aprMay, now: fixtureNow })).toEqual(first);
  });
});
