import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { at, buildAnalyticsStore, fixtureNow } from "@/server/testing/analytics-fixture";
import { createTestMerchant } from "@/server/testing/create-test-merchant";
import { line } from "@/server/testing/loyalty-fixtures";
import { setUpTestDatabase } from "@/server/testing/test-database";
import type { ServiceContext } from "../context";
import { listMembers } from "../members/list-members";
import { markOrderPaid } from "../orders/mark-paid";
import { createProgram } from "../programs/create-program";
import { publishProgram } from "../programs/publish-program";
import { buildCohorts } from "./build-cohorts";
import { compareBehaviour } from "./compare-behaviour";
import { estimateEconomics } from "./estimate-economics";
import { rebuildRollups } from "./rebuild-rollups";
import { selectRows } from "./run-query";
import { summarizeMembers } from "./summarize-members";
import { summarizePoints } from "./summarize-points";
import { summarizeTierMoves } from "./summarize-tier-moves";

// The hand-checked Berlin store (server/testing/analytics-fixture.ts) plus a tiers program
// (Silver from 0, Gold from 10,000 RUB, 5% off) and tier movements at fixed instants.
const database = setUpTestDatabase();
let ctx: ServiceContext;
let tiersProgramId: string;
const aprMay = { from: "2026-04", to: "2026-05" };

const tiersProgram = {
  type: "tiers" as const,
  tiers: {
    levels: [
      { id: "silver", name: "Silver", threshold: 0 },
      { id: "gold", name: "Gold", threshold: 1_000_000 },
    ],
  },
  discount: { rule: { kind: "fixed" as const, percentBp: 500 } },
};

/** Sets a member's tier as of an instant, as an order's update does (the trigger records it). */
async function move(externalId: string, tier: string | null, changedAt: string) {
  await database.db.execute(sql`update members set tier = ${tier},
      updated_at = ${changedAt}::timestamptz
    where merchant_id = ${ctx.merchantId} and external_id = ${externalId}`);
}

const listed = async (input: Parameters<typeof listMembers>[0]["input"]) =>
  (await listMembers({ ctx, input, now: fixtureNow })).rows.map((r) => r.externalId).sort();

beforeAll(async () => {
  ctx = await createTestMerchant(database.db);
  await buildAnalyticsStore(ctx);
  ({ programId: tiersProgramId } = await createProgram({
    ctx,
    input: { name: "Tiers", config: tiersProgram },
  }));
  await publishProgram({ ctx, input: { programId: tiersProgramId } });
  // 31 March 22:30 UTC is 1 April in Berlin; 21:30 UTC is still 31 March.
  await move("alice", "silver", "2026-03-31T22:30:00Z");
  await move("alice", "gold", "2026-05-10T10:00:00Z");
  await move("boris", "silver", "2026-03-31T21:30:00Z");
  await move("boris", "gold", "2026-04-15T10:00:00Z");
  await move("boris", "silver", "2026-05-20T10:00:00Z");
  await move("clara", "gold", "2026-02-10T10:00:00Z");
  // 30 April 22:30 UTC is 1 May in Berlin.
  await move("clara", "silver", "2026-04-30T22:30:00Z");
  // Dmitri's order is priced by both programs: 2,000 RUB less 5% (tiers), 10% back (bonus).
  await markOrderPaid({
    ctx,
    now: at("2026-05-12T10:00:00Z"),
    input: {
      idempotencyKey: randomUUID(),
      orderId: "D-1",
      member: { externalId: "dmitri" },
      lines: [line("TEA", 200_000)],
    },
  });
  await rebuildRollups({ db: database.db, merchantId: ctx.merchantId, now: fixtureNow });
});

describe("tier movements", () => {
  it("a paid order that lifts a member records the movement in its transaction", async () => {
    const rows = await selectRows(
      database.db,
      sql`select from_tier, to_tier, direction, changed_at
        from tier_changes t join members m on m.merchant_id = t.merchant_id and m.id = t.member_id
        where t.merchant_id = ${ctx.merchantId} and m.external_id = 'dmitri'`,
    );
    // 1,900 RUB is under Gold's 10,000: Dmitri enters at Silver, dated by the order's paid-at.
    expect(rows.map((r) => ({ ...r, changed_at: new Date(String(r.changed_at)) }))).toEqual([
      {
        from_tier: null,
        to_tier: "silver",
        direction: "up",
        changed_at: at("2026-05-12T10:00:00Z"),
      },
    ]);
    // Without a period the drill-down reaches every movement ever recorded.
    expect(await listed({ tierMove: "up" })).toEqual(["alice", "boris", "clara", "dmitri"]);
    expect(await listed({ tierMove: "down" })).toEqual(["boris", "clara"]);
  });

  it("counts members and movements up and down by Berlin months, with the period before", async () => {
    const moves = await summarizeTierMoves({ ctx, input: aprMay });
    // Apr-May: up = Alice (Apr: none -> Silver, May: Silver -> Gold), Boris (Apr: Silver -> Gold),
    // Dmitri (May, D-1: none -> Silver); down = Boris (May: Gold -> Silver), Clara (1 May
    // Berlin: Gold -> Silver).
    expect(moves.current).toEqual({
      up: { members: 3, moves: 4 },
      down: { members: 2, moves: 2 },
    });
    // Feb-Mar: Clara none -> Gold (Feb), Boris none -> Silver (31 Mar Berlin).
    expect(moves.previous).toEqual({
      up: { members: 2, moves: 2 },
      down: { members: 0, moves: 0 },
    });
    expect(moves.transitions.map((t) => [t.direction, t.fromName, t.toName, t.moves])).toEqual([
      ["up", null, "Silver", 2],
      ["up", "Silver", "Gold", 2],
      ["down", "Gold", "Silver", 2],
    ]);
  });

  it("a tier filter keeps the members now in that tier, and their movements", async () => {
    // At the rollup Alice is Gold; Boris, Clara and Dmitri are Silver.
    const gold = await summarizeTierMoves({ ctx, input: { ...aprMay, tier: "gold" } });
    expect(gold.current).toEqual({
      up: { members: 1, moves: 2 },
      down: { members: 0, moves: 0 },
    });
    expect(gold.transitions.map((t) => [t.fromName, t.toName])).toEqual([
      [null, "Silver"],
      ["Silver", "Gold"],
    ]);
    const silver = await summarizeTierMoves({ ctx, input: { ...aprMay, tier: "silver" } });
    expect(silver.current).toEqual({
      up: { members: 2, moves: 2 },
      down: { members: 2, moves: 2 },
    });
  });

  it("the drill-down lists the members the card counts", async () => {
    const period = { movedFrom: "2026-04", movedTo: "2026-05" };
    expect(await listed({ tierMove: "up", ...period })).toEqual(["alice", "boris", "dmitri"]);
    expect(await listed({ tierMove: "down", ...period })).toEqual(["boris", "clara"]);
    // Alice's first move is 1 April in Berlin, Boris's 31 March.
    expect(await listed({ tierMove: "up", movedFrom: "2026-03", movedTo: "2026-03" })).toEqual([
      "boris",
    ]);
    expect(await listed({ tierMove: "up", ...period, tier: "silver" })).toEqual([
      "boris",
      "dmitri",
    ]);
  });

  it("counts the same members from tier_changes when the rollup's month bits cannot answer", async () => {
    const fromBits = await summarizeTierMoves({ ctx, input: aprMay });
    // Without rollup state there is no bit window: the movers are counted on tier_changes.
    await database.db.execute(
      sql`delete from analytics_state where merchant_id = ${ctx.merchantId}`,
    );
    try {
      expect(await summarizeTierMoves({ ctx, input: aprMay })).toEqual(fromBits);
    } finally {
      await rebuildRollups({ db: database.db, merchantId: ctx.merchantId, now: fixtureNow });
    }
  });
});

describe("tier movement direction", () => {
  it("ranks a level the program does not have below its first level", async () => {
    // January 2026 lies outside the ranges above.
    await move("dmitri", "legacy", "2026-01-05T10:00:00Z");
    await move("dmitri", "silver", "2026-01-06T10:00:00Z");
    const rows = await selectRows(
      database.db,
      sql`select from_tier, to_tier, direction from tier_changes t
        join members m on m.merchant_id = t.merchant_id and m.id = t.member_id
        where t.merchant_id = ${ctx.merchantId} and m.external_id = 'dmitri'
          and t.changed_at < '2026-02-01T00:00:00Z'
        order by t.changed_at`,
    );
    expect(rows).toEqual([
      { from_tier: "silver", to_tier: "legacy", direction: "down" },
      { from_tier: "legacy", to_tier: "silver", direction: "up" },
    ]);
  });
});

describe("program filter", () => {
  const byTiers = () => ({ ...aprMay, program: tiersProgramId });

  it("members: those who bought with the program; revenue share of the whole store", async () => {
    const figures = await summarizeMembers({ ctx, input: byTiers(), now: fixtureNow });
    // Only Dmitri (joined 2 April) bought with the tiers program. D-1 paid 1,900 RUB of the
    // store's 3,450 + 1,900 (members) + 3,000 (guests) RUB: 1900 / 8350 = 22.75%.
    expect(figures.current).toEqual({ total: 1, joined: 1, active: 1, revenueShareBp: 2275 });
    expect(figures.lapsed).toBe(0);
  });

  it("behaviour, cohorts and economics use the program's orders and members", async () => {
    const { current } = await compareBehaviour({ ctx, input: byTiers() });
    expect(current.members).toMatchObject({ customers: 1, orders: 1, revenue: 190_000 });
    expect(current.guests).toMatchObject({ customers: 2, orders: 3, revenue: 300_000 });
    const { cohorts } = await buildCohorts({ ctx, input: byTiers(), now: fixtureNow });
    expect(cohorts.map((c) => [c.cohort, c.size, c.cells[0]?.returned])).toEqual([
      ["2026-04", 1, 1],
    ]);
    // 5% of 2,000 RUB off; baseline 1 member x 1,500 RUB per non-member customer.
    expect(await estimateEconomics({ ctx, input: byTiers() })).toMatchObject({
      memberRevenue: 190_000,
      discount: 10_000,
      pointsValue: 0,
      cost: 10_000,
      activeMembers: 1,
      baseline: 150_000,
      incremental: 40_000,
      net: 30_000,
    });
  });

  it("points: only entries of the program's versions (the tiers program gives none)", async () => {
    const points = await summarizePoints({ ctx, input: byTiers(), now: fixtureNow });
    expect(points.totals).toEqual({ earned: 0, spent: 0, expired: 0, reversed: 0 });
    expect(points.breakageBp).toBeNull();
    // What members hold is the store's, whatever the filter: Alice 50, Boris 95, Dmitri 190.
    expect(points.outstanding).toBe(335);
  });

  it("the drill-down lists the program's members", async () => {
    expect(await listed({ program: tiersProgramId })).toEqual(["dmitri"]);
  });
});
