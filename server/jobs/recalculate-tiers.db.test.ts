import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { members, tierChanges } from "@/db/schema";
import type { ProgramConfigInput } from "@/server/engine";
import type { ServiceContext } from "@/server/services/context";
import { publishDraft } from "@/server/services/programs/publish-draft";
import { saveProgramDraft } from "@/server/services/programs/save-draft";
import { addMember, createLoyaltyStore, payOrder } from "@/server/testing/loyalty-fixtures";
import { setUpTestDatabase } from "@/server/testing/test-database";
import { recalculateTiers } from "./recalculate-tiers";

const database = setUpTestDatabase();

type Period = { kind: "calendarMonth" } | { kind: "rollingDays"; days: number };

/** Base from the first order, VIP from 10,000 RUB spent in the period. */
const vipProgram = (period: Period, graceDays: number, vipAt = 1_000_000): ProgramConfigInput => ({
  type: "tiers",
  tiers: {
    metric: "spend",
    period,
    levels: [
      { id: "base", name: "Base", threshold: 0 },
      { id: "vip", name: "VIP", threshold: vipAt },
    ],
    graceDays,
  },
  discount: { rule: { kind: "fixed", percentBp: 500 } },
});

/** Moscow (the test stores' zone) is UTC+3: 10:00Z is 13:00 local. */
const at = (iso: string) => new Date(`${iso}T10:00:00Z`);

async function store(config: ProgramConfigInput) {
  const { ctx, programId } = await createLoyaltyStore(database.db, config);
  const run = (now: Date) =>
    recalculateTiers({ db: database.db, now, merchantId: ctx.merchantId, batchSize: 2 });
  return { ctx, programId, run };
}

const pay = (ctx: ServiceContext, memberId: string, rubles: number, now: Date) =>
  payOrder(ctx, memberId, rubles * 100, now);

async function tierOf(ctx: ServiceContext, memberId: string) {
  const [row] = await database.db
    .select({ tier: members.tier, belowSince: members.tierBelowSince })
    .from(members)
    .where(and(eq(members.merchantId, ctx.merchantId), eq(members.id, memberId)));
  return row;
}

async function movesOf(ctx: ServiceContext, memberId: string) {
  const rows = await database.db
    .select()
    .from(tierChanges)
    .where(and(eq(tierChanges.merchantId, ctx.merchantId), eq(tierChanges.memberId, memberId)))
    .orderBy(tierChanges.id);
  return rows.map((c) => [c.fromTier, c.toTier, c.direction, c.changedAt.toISOString()]);
}

describe("recalculateTiers", () => {
  it("starts the grace of a VIP who stopped buying once the month ends, keeps VIP through it, then drops them once", async () => {
    const { ctx, run } = await store(vipProgram({ kind: "calendarMonth" }, 30));
    const { id } = await addMember(ctx);
    await pay(ctx, id, 11_000, at("2026-06-15"));
    expect(await run(at("2026-06-20"))).toEqual({ changed: 0 });
    expect(await tierOf(ctx, id)).toEqual({ tier: "vip", belowSince: null });

    // July's spend starts from 0: below VIP since the first run of the month.
    expect(await run(at("2026-07-01"))).toEqual({ changed: 1 });
    expect(await tierOf(ctx, id)).toEqual({ tier: "vip", belowSince: at("2026-07-01") });
    // 30 local days of grace end at midnight Moscow on 31 July (21:00Z on the 30th).
    await run(at("2026-07-15"));
    await run(new Date("2026-07-30T20:59:00Z"));
    expect(await tierOf(ctx, id)).toEqual({ tier: "vip", belowSince: at("2026-07-01") });

    const dropAt = new Date("2026-07-30T21:00:00Z");
    expect(await run(dropAt)).toEqual({ changed: 1 });
    expect(await run(at("2026-07-31"))).toEqual({ changed: 0 });
    expect(await tierOf(ctx, id)).toEqual({ tier: "base", belowSince: null });
    expect(await movesOf(ctx, id)).toEqual([
      [null, "vip", "up", at("2026-06-15").toISOString()],
      ["vip", "base", "down", dropAt.toISOString()],
    ]);
  });

  it("keeps VIP for a member still qualifying in a rolling window and starts the grace of one who is not", async () => {
    const { ctx, run } = await store(vipProgram({ kind: "rollingDays", days: 30 }, 14));
    const loyal = await addMember(ctx);
    const lapsed = await addMember(ctx);
    const newcomer = await addMember(ctx);
    await pay(ctx, loyal.id, 11_000, at("2026-03-01"));
    await pay(ctx, lapsed.id, 11_000, at("2026-03-01"));
    await pay(ctx, loyal.id, 11_000, at("2026-03-25"));

    // The window starts on the local day 30 days back: 1 March until 31 March, 2 March on 1 April.
    await run(at("2026-03-31"));
    expect(await tierOf(ctx, lapsed.id)).toEqual({ tier: "vip", belowSince: null });
    await run(at("2026-04-01"));
    expect(await tierOf(ctx, loyal.id)).toEqual({ tier: "vip", belowSince: null });
    expect(await tierOf(ctx, lapsed.id)).toEqual({ tier: "vip", belowSince: at("2026-04-01") });
    expect(await tierOf(ctx, newcomer.id)).toEqual({ tier: null, belowSince: null });

    // Buying again during the grace clears it, with the order.
    await pay(ctx, lapsed.id, 11_000, at("2026-04-05"));
    expect(await tierOf(ctx, lapsed.id)).toEqual({ tier: "vip", belowSince: null });
    await run(at("2026-04-06"));
    expect(await movesOf(ctx, lapsed.id)).toEqual([
      [null, "vip", "up", at("2026-03-01").toISOString()],
    ]);
  });

  it("records one move when two runs race", async () => {
    const { ctx, run } = await store(vipProgram({ kind: "calendarMonth" }, 0));
    const buyers = await Promise.all([1, 2, 3, 4, 5].map(() => addMember(ctx)));
    for (const buyer of buyers) await pay(ctx, buyer.id, 11_000, at("2026-06-15"));

    const runs = await Promise.all([run(at("2026-07-01")), run(at("2026-07-01"))]);
    expect(runs[0].changed + runs[1].changed).toBe(5);
    for (const buyer of buyers) {
      expect(await tierOf(ctx, buyer.id)).toEqual({ tier: "base", belowSince: null });
      expect((await movesOf(ctx, buyer.id)).map((m) => m.slice(0, 3))).toEqual([
        [null, "vip", "up"],
        ["vip", "base", "down"],
      ]);
    }
  });

  it("moves a member up when a new version lowers the threshold, without an order", async () => {
    const { ctx, programId, run } = await store(vipProgram({ kind: "calendarMonth" }, 30));
    const { id } = await addMember(ctx);
    await pay(ctx, id, 6_000, at("2026-06-10"));
    await run(at("2026-06-11"));
    expect(await tierOf(ctx, id)).toEqual({ tier: "base", belowSince: null });

    const config = vipProgram({ kind: "calendarMonth" }, 30, 500_000);
    await saveProgramDraft({ ctx, input: { programId, config } });
    await publishDraft({ ctx, input: { programId }, now: at("2026-06-12") });
    expect(await run(at("2026-06-12"))).toEqual({ changed: 1 });
    expect(await tierOf(ctx, id)).toEqual({ tier: "vip", belowSince: null });
    expect(await movesOf(ctx, id)).toEqual([
      [null, "base", "up", at("2026-06-10").toISOString()],
      ["base", "vip", "up", at("2026-06-12").toISOString()],
    ]);
  });
});
