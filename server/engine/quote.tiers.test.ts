import { describe, expect, it } from "vitest";
import type { ProgramConfigInput } from "./config/program-config";
import { quote } from "./quote";
import type { Quote } from "./quote/types";
import { line, makeInput, makeMember, NOW } from "./testing";

const reason = (q: Quote, key: string) => q.reasons.find((r) => r.key === key)?.params;

/** The brief: 1 point per 100 RUB, 100 points = 10% off, over 10,000 RUB a month = VIP with free delivery. */
const brief: ProgramConfigInput = {
  type: "tiers",
  bonus: {
    earn: { kind: "perAmount", points: 1, perAmount: 10_000 },
    redemption: { payment: null, rewards: [{ id: "ten-off", points: 100, percentBp: 1000 }] },
  },
  tiers: {
    metric: "spend",
    period: { kind: "calendarMonth" },
    levels: [
      { id: "base", name: "Base", threshold: 0 },
      { id: "vip", name: "VIP", threshold: 1_000_000, freeShipping: true },
    ],
  },
};

describe("the brief's example", () => {
  const cart = [
    line("sneakers", 199_000, 1, { category: "shoes" }),
    line("socks", 35_567, 1, { category: "socks" }),
  ];

  it("earns 1 point per full 100 RUB: 2,345.67 RUB earns 23 points", () => {
    const q = quote(makeInput([brief], cart, makeMember({ tierId: "base" })));
    expect(q.totals.total).toBe(234_567);
    expect(q.earn.points).toBe(23);
    expect(q.spend).toMatchObject({ maxPoints: 0, limit: "noRedemption", reward: null });
  });

  it("spends 100 points for 10% off, earns on what is paid, and shows the way to VIP", () => {
    const member = makeMember({
      tierId: "base",
      availablePoints: 120,
      stats: { "spend:month": 850_000 },
    });
    const q = quote(makeInput([brief], cart, member, { rewardId: "ten-off" }));
    expect(q.spend.reward).toEqual({ id: "ten-off", points: 100, percentBp: 1000, amount: 23_456 });
    expect(q.totals).toMatchObject({ subtotal: 234_567, discount: 23_456, total: 211_111 });
    expect(q.earn.points).toBe(21);
    expect(q.spend.pointsTotal).toBe(100);
    expect(q.tier).toEqual({
      programId: "p1",
      tierId: "base",
      name: "Base",
      nextTierId: "vip",
      remaining: 150_000,
      remainingAfterOrder: 0,
    });
    expect(q.perks.freeShipping).toBe(false);
    expect(reason(q, "tier.progress.spend")).toEqual({
      programId: "p1",
      next: "vip",
      remaining: 150_000,
      remainingAfterOrder: 0,
    });
  });

  it("gives VIP free delivery once the month's spend reaches 10,000 RUB, even before the tier job runs", () => {
    const member = makeMember({ tierId: "base", stats: { "spend:month": 1_061_111 } });
    const q = quote(makeInput([brief], cart, member));
    expect(q.tier).toMatchObject({ tierId: "vip", nextTierId: null, remaining: 0 });
    expect(q.perks).toEqual({ freeShipping: true, items: [] });
    expect(reason(q, "tier.perk.freeShipping")).toEqual({ tier: "vip" });
  });

  it("refuses the reward below 100 points", () => {
    const q = quote(
      makeInput([brief], cart, makeMember({ availablePoints: 99 }), { rewardId: "ten-off" }),
    );
    expect(q.totals.discount).toBe(0);
    expect(reason(q, "reward.balance")).toEqual({ reward: "ten-off", points: 100, balance: 99 });
  });
});

describe("quote: tier levels override rates", () => {
  const config: ProgramConfigInput = {
    type: "tiers",
    bonus: { earn: { kind: "percent", percentBp: 300 } },
    discount: { rule: { kind: "fixed", percentBp: 200 }, excludedCategories: ["gift-cards"] },
    tiers: {
      metric: "orders",
      period: { kind: "rollingDays", days: 365 },
      levels: [
        { id: "silver", name: "Silver", threshold: 0 },
        {
          id: "gold",
          name: "Gold",
          threshold: 5,
          discountBp: 500,
          earn: { kind: "percent", percentBp: 700 },
          perks: ["personal manager"],
        },
      ],
    },
  };
  const cart = [line("a", 100_000), line("g", 100_000, 1, { category: "gift-cards" })];

  it.each([
    ["silver by stats", null, 4, "silver", 2_000, 59, 1],
    ["gold by stats", null, 5, "gold", 5_000, 136, 0],
    ["gold kept by the tier job during grace", "gold", 1, "gold", 5_000, 136, 0],
  ])("%s", (_name, tierId, orders, expectedTier, discount, points, remaining) => {
    const member = makeMember({ tierId, stats: { "orders:days:365": orders } });
    const q = quote(makeInput([config], cart, member));
    expect(q.tier?.tierId).toBe(expectedTier);
    expect(q.totals.discount).toBe(discount);
    expect(q.earn.points).toBe(points);
    expect(q.tier?.remaining).toBe(remaining);
  });

  it("lists a level's perks and counts this order towards an order-count tier", () => {
    const q = quote(makeInput([config], cart, makeMember({ tierId: "gold" })));
    expect(q.perks.items).toEqual(["personal manager"]);
    const silver = quote(
      makeInput([config], cart, makeMember({ stats: { "orders:days:365": 3 } })),
    );
    expect(silver.tier).toMatchObject({ remaining: 2, remainingAfterOrder: 1 });
    expect(reason(q, "discount.tier")).toEqual({ programId: "p1", tier: "gold", percent: 5 });
    expect(reason(q, "earn.rate.percent")).toEqual({ programId: "p1", percent: 7, tier: "gold" });
  });

  it("dates pending lots from the quote's clock", () => {
    const q = quote(makeInput([config], cart, makeMember()));
    expect(q.earn.lots[0]?.availableAt).toEqual(NOW);
  });
});
