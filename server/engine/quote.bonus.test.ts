import { describe, expect, it } from "vitest";
import type { ProgramConfigInput } from "./config/program-config";
import { quote } from "./quote";
import type { Quote } from "./quote/types";
import { line, makeInput, makeMember, NOW } from "./testing";

const reason = (q: Quote, key: string) => q.reasons.find((r) => r.key === key)?.params;
const bonus = (
  settings: Record<string, unknown> = {},
  extra: Record<string, unknown> = {},
): ProgramConfigInput => ({ type: "bonus", bonus: settings, ...extra }) as ProgramConfigInput;
const rich = makeMember({ availablePoints: 1_000 });
const DAY = 86_400_000;

describe("quote: earning points", () => {
  it.each([
    ["5% rounded down", { earn: { kind: "percent", percentBp: 500 } }, 61],
    ["5% rounded half up", { earn: { kind: "percent", percentBp: 500 }, rounding: "halfUp" }, 62],
    ["5% rounded up", { earn: { kind: "percent", percentBp: 500 }, rounding: "up" }, 62],
    [
      "5% rounded half even",
      { earn: { kind: "percent", percentBp: 500 }, rounding: "halfEven" },
      62,
    ],
    ["1 point per 100 RUB", { earn: { kind: "perAmount", points: 1, perAmount: 10_000 } }, 12],
    ["3 points per 10 RUB", { earn: { kind: "perAmount", points: 3, perAmount: 1_000 } }, 370],
    [
      "5% with 1 point = 0.50 RUB",
      { earn: { kind: "percent", percentBp: 500 }, pointValue: 50 },
      123,
    ],
  ])("%s on 1,234.56 RUB", (_name, settings, points) => {
    const q = quote(makeInput([bonus(settings)], [line("a", 123_456)]));
    expect(q.earn.points).toBe(points);
    expect(q.lines[0]?.pointsEarned).toBe(points);
  });

  it("rounds once per order, not per line: 50 lines of 99 RUB at 1 point per 100 RUB earn 49", () => {
    const lines = Array.from({ length: 50 }, (_, i) => line(`s${i}`, 9_900));
    const q = quote(
      makeInput([bonus({ earn: { kind: "perAmount", points: 1, perAmount: 10_000 } })], lines),
    );
    expect(q.earn.points).toBe(49);
    expect(q.lines.reduce((sum, l) => sum + l.pointsEarned, 0)).toBe(49);
  });

  it.each([
    ["afterDiscountsAndPoints", 80],
    ["afterDiscounts", 90],
    ["beforeDiscounts", 100],
  ])(
    "earn base %s: 1000 RUB, 10%% discount, 100 points paid -> %i points at 10%%",
    (earnBase, points) => {
      const config: ProgramConfigInput = {
        type: "combined",
        discount: { rule: { kind: "fixed", percentBp: 1000 } },
        bonus: {
          earn: { kind: "percent", percentBp: 1000 },
          earnBase: earnBase as "afterDiscounts",
          redemption: { payment: { maxShareBp: 10_000 } },
        },
      };
      const q = quote(makeInput([config], [line("a", 100_000)], rich, { pointsToSpend: 100 }));
      expect(q.totals).toMatchObject({ discount: 10_000, pointsValue: 10_000, total: 80_000 });
      expect(q.earn.points).toBe(points);
    },
  );

  it("skips excluded categories, SKUs and sale items, and counts them in reasons", () => {
    const config = bonus({
      earn: { kind: "percent", percentBp: 1000 },
      excludedCategories: ["gift-cards"],
      excludedSkus: ["promo"],
      excludeOnSale: true,
    });
    const lines = [
      line("a", 10_000),
      line("g", 10_000, 1, { category: "gift-cards" }),
      line("promo", 10_000),
      line("s", 10_000, 1, { isOnSale: true }),
    ];
    const q = quote(makeInput([config], lines));
    expect(q.earn.points).toBe(10);
    expect(q.lines.map((l) => l.pointsEarned)).toEqual([10, 0, 0, 0]);
    for (const key of ["category", "sku", "onSale"]) {
      expect(reason(q, `earn.excluded.${key}`)).toEqual({ programId: "p1", lines: 1 });
    }
  });

  it("applies category multipliers and attributes points to lines by weight", () => {
    const config = bonus({ categoryMultipliers: [{ category: "shoes", multiplierBp: 20_000 }] });
    const q = quote(
      makeInput([config], [line("boots", 10_000, 1, { category: "shoes" }), line("tee", 10_000)]),
    );
    expect(q.earn.points).toBe(15);
    expect(q.lines.map((l) => l.pointsEarned)).toEqual([10, 5]);
    expect(reason(q, "earn.multiplier.category")).toEqual({
      programId: "p1",
      category: "shoes",
      multiplier: 2,
    });
  });

  describe("windows and birthday in a non-UTC zone (New York, EDT)", () => {
    const night = {
      windows: [{ id: "night", hours: { from: "22:00", to: "02:00" }, earnMultiplierBp: 30_000 }],
    };
    const at = (iso: string, member = makeMember()) =>
      quote(
        makeInput([bonus({}, night)], [line("a", 10_000)], member, {
          now: new Date(iso),
          timezone: "America/New_York",
        }),
      );

    it.each([
      ["23:30 local (03:30 UTC)", "2025-03-13T03:30:00Z", 15],
      ["02:30 local (06:30 UTC)", "2025-03-13T06:30:00Z", 5],
      ["21:59 local", "2025-03-13T01:59:00Z", 5],
      ["22:00 local", "2025-03-13T02:00:00Z", 15],
    ])("at %s earns %i", (_name, iso, points) => {
      expect(at(iso).earn.points).toBe(points);
    });

    it("adds boosts: night x3 plus birthday x2 is x4", () => {
      const config = bonus({}, { ...night, birthday: { windowDays: 0, earnMultiplierBp: 20_000 } });
      const member = makeMember({ birthDate: { month: 3, day: 12 } });
      const q = quote(
        makeInput([config], [line("a", 10_000)], member, {
          now: new Date("2025-03-13T03:30:00Z"),
          timezone: "America/New_York",
        }),
      );
      expect(q.earn.points).toBe(20);
      expect(reason(q, "earn.multiplier.birthday")).toEqual({ programId: "p1", multiplier: 2 });
    });

    it("caps the combined multiplier at x10", () => {
      const config = bonus(
        { categoryMultipliers: [{ category: "general", multiplierBp: 100_000 }] },
        { windows: [{ id: "all", earnMultiplierBp: 100_000 }] },
      );
      expect(quote(makeInput([config], [line("a", 10_000)])).earn.points).toBe(50);
    });
  });

  it("earns nothing under the minimum order and says why", () => {
    const q = quote(makeInput([bonus({ minOrderAmount: 50_000 })], [line("a", 40_000)]));
    expect(q.earn).toEqual({ points: 0, lots: [] });
    expect(reason(q, "earn.minOrder")).toEqual({
      programId: "p1",
      minAmount: 50_000,
      amount: 40_000,
    });
  });

  it("dates the lot: pending for the activation delay, expiring N days after it becomes available", () => {
    const q = quote(
      makeInput([bonus({ activationDelayDays: 14, expiryDays: 365 })], [line("a", 100_000)]),
    );
    expect(q.earn.lots).toEqual([
      {
        versionId: "v1",
        programId: "p1",
        amount: 50,
        availableAt: new Date(NOW.getTime() + 14 * DAY),
        expiresAt: new Date(NOW.getTime() + 379 * DAY),
      },
    ]);
  });

  it("earns one lot per program by default and only the primary's with earn: primaryOnly", () => {
    const lines = [line("a", 100_000)];
    expect(quote(makeInput([bonus(), bonus()], lines)).earn.lots.map((l) => l.amount)).toEqual([
      50, 50,
    ]);
    const primaryOnly = { ...bonus(), stacking: { earn: "primaryOnly" } } as ProgramConfigInput;
    const q = quote(makeInput([primaryOnly, bonus()], lines));
    expect(q.earn.lots.map((l) => l.programId)).toEqual(["p1"]);
    expect(reason(q, "earn.stacking.primaryOnly")).toEqual({ programId: "p2" });
  });
});

describe("quote: spending points", () => {
  const spend = (
    config: ProgramConfigInput,
    lines = [line("a", 100_000)],
    member = rich,
    pointsToSpend = 500,
  ) => quote(makeInput([config], lines, member, { pointsToSpend }));

  it("clamps to the 30% cap and explains it", () => {
    const q = spend(bonus());
    expect(q.spend).toMatchObject({
      maxPoints: 300,
      limit: "maxShare",
      requested: 500,
      applied: 300,
      value: 30_000,
    });
    expect(reason(q, "spend.limit.maxShare")).toEqual({ amount: 30_000, points: 300, percent: 30 });
    expect(reason(q, "spend.clamped")).toEqual({ requested: 500, applied: 300 });
    expect(q.totals.total).toBe(70_000);
    expect(q.earn.points).toBe(35);
  });

  it.each<[string, Record<string, unknown>, ReturnType<typeof line>[], number, number, string]>([
    ["balance below the cap", {}, [line("a", 100_000)], 100, 100, "balance"],
    ["no balance", {}, [line("a", 100_000)], 0, 0, "balance"],
    [
      "minimum balance not reached",
      { redemption: { minBalance: 500 } },
      [line("a", 100_000)],
      400,
      0,
      "minBalance",
    ],
    [
      "payment turned off",
      { redemption: { payment: null } },
      [line("a", 100_000)],
      1_000,
      0,
      "noRedemption",
    ],
    [
      "all lines excluded from redemption",
      { redemption: { excludedCategories: ["gift-cards"] } },
      [line("g", 100_000, 1, { category: "gift-cards" })],
      1_000,
      0,
      "excludedCategories",
    ],
    [
      "excluded lines bind under a 100% share",
      { redemption: { excludedCategories: ["gift-cards"], payment: { maxShareBp: 10_000 } } },
      [line("g", 50_000, 1, { category: "gift-cards" }), line("a", 50_000)],
      1_000,
      500,
      "excludedCategories",
    ],
    [
      "a category share overrides the global one",
      {
        redemption: {
          payment: {
            maxShareBp: 3000,
            categoryShares: [{ category: "electronics", maxShareBp: 1000 }],
          },
        },
      },
      [line("tv", 100_000, 1, { category: "electronics" }), line("a", 100_000)],
      1_000,
      400,
      "maxShare",
    ],
    [
      "sale items may not be paid with points",
      { redemption: { payDiscountedItems: false, payment: { maxShareBp: 10_000 } } },
      [line("s", 50_000, 1, { isOnSale: true }), line("a", 50_000)],
      1_000,
      500,
      "discountedItems",
    ],
    [
      "the whole order at 100%",
      { redemption: { payment: { maxShareBp: 10_000 } } },
      [line("a", 30_000)],
      1_000,
      300,
      "orderTotal",
    ],
    [
      "point value granularity: 10.50 RUB buys 10 points",
      { redemption: { payment: { maxShareBp: 10_000 } } },
      [line("a", 1_050)],
      1_000,
      10,
      "orderTotal",
    ],
    ["an empty cart", {}, [], 1_000, 0, "orderTotal"],
  ])("%s", (_name, settings, lines, balance, maxPoints, limit) => {
    const q = spend(bonus(settings), lines, makeMember({ availablePoints: balance }), 10_000);
    expect(q.spend.maxPoints).toBe(maxPoints);
    expect(q.spend.limit).toBe(limit);
    expect(q.spend.applied).toBe(maxPoints);
    expect(q.reasons.some((r) => r.key === `spend.limit.${limit}`)).toBe(true);
  });

  it("keeps each line's points value within the line's cap", () => {
    const settings = {
      redemption: {
        payment: {
          maxShareBp: 3000,
          categoryShares: [{ category: "electronics", maxShareBp: 1000 }],
        },
      },
    };
    const q = spend(
      bonus(settings),
      [line("tv", 100_000, 1, { category: "electronics" }), line("a", 100_000)],
      rich,
      400,
    );
    expect(q.lines.map((l) => l.pointsValue)).toEqual([10_000, 30_000]);
    expect(q.lines.map((l) => l.pointsSpent)).toEqual([100, 300]);
  });

  it("allows spending only in the birthday window when so configured", () => {
    const config = bonus({}, { birthday: { windowDays: 3, spendOnlyInWindow: true } });
    const inWindow = makeMember({ availablePoints: 1_000, birthDate: { month: 3, day: 14 } });
    const outside = makeMember({ availablePoints: 1_000, birthDate: { month: 3, day: 20 } });
    expect(spend(config, undefined, inWindow).spend.applied).toBe(300);
    expect(spend(config, undefined, outside).spend).toMatchObject({
      maxPoints: 0,
      limit: "birthdayOnly",
    });
    expect(spend(config, undefined, makeMember({ availablePoints: 1_000 })).spend.limit).toBe(
      "birthdayOnly",
    );
  });

  it("mentions pending points when the minimum balance blocks spending", () => {
    const q = spend(
      bonus({ redemption: { minBalance: 500 } }),
      undefined,
      makeMember({ availablePoints: 400, pendingPoints: 120 }),
    );
    expect(reason(q, "spend.limit.minBalance")).toEqual({
      minBalance: 500,
      balance: 400,
      pending: 120,
    });
  });

  it("rejects a negative or fractional request", () => {
    expect(() => spend(bonus(), undefined, rich, -1)).toThrow(RangeError);
    expect(() => spend(bonus(), undefined, rich, 1.5)).toThrow(RangeError);
  });
});

describe("quote: rewards (N points for P% off)", () => {
  const rewards = (extra: Record<string, unknown> = {}) =>
    bonus({ redemption: { rewards: [{ id: "ten", points: 100, percentBp: 1000, ...extra }] } });

  it("takes the points and gives the percent off, spread over lines", () => {
    const q = quote(
      makeInput(
        [rewards()],
        [line("a", 60_000), line("b", 40_001)],
        makeMember({ availablePoints: 150 }),
        { rewardId: "ten" },
      ),
    );
    expect(q.spend.reward).toEqual({ id: "ten", points: 100, percentBp: 1000, amount: 10_000 });
    expect(q.lines.map((l) => l.orderDiscount)).toEqual([6_000, 4_000]);
    expect(q.lines.map((l) => l.pointsSpent)).toEqual([60, 40]);
    expect(q.totals).toMatchObject({ orderDiscount: 10_000, discount: 10_000, total: 90_001 });
    expect(q.spend.pointsTotal).toBe(100);
  });

  it.each([
    ["unknown reward", "nope", 1_000, "reward.unknown"],
    ["not enough points", "ten", 99, "reward.balance"],
  ])("refuses an %s", (_name, rewardId, availablePoints, key) => {
    const q = quote(
      makeInput([rewards()], [line("a", 100_000)], makeMember({ availablePoints }), { rewardId }),
    );
    expect(q.spend.reward).toBeNull();
    expect(q.totals.discount).toBe(0);
    expect(q.reasons.some((r) => r.key === key)).toBe(true);
  });

  it("caps the discount at maxDiscount", () => {
    const q = quote(
      makeInput(
        [rewards({ maxDiscount: 5_000 })],
        [line("a", 100_000)],
        makeMember({ availablePoints: 100 }),
        { rewardId: "ten" },
      ),
    );
    expect(q.spend.reward?.amount).toBe(5_000);
  });

  it("combines with paying points: the reward first, then the cap on what is left", () => {
    const config = bonus({
      redemption: { rewards: [{ id: "ten", points: 100, percentBp: 1000 }] },
    });
    const q = quote(
      makeInput([config], [line("a", 100_000)], makeMember({ availablePoints: 400 }), {
        rewardId: "ten",
        pointsToSpend: 500,
      }),
    );
    expect(q.spend).toMatchObject({
      maxPoints: 270,
      limit: "maxShare",
      applied: 270,
      pointsTotal: 370,
    });
    expect(q.totals.total).toBe(100_000 - 10_000 - 27_000);
  });
});

describe("quote: guests, blocked members and odd carts", () => {
  it("gives a guest full price and shows what membership would bring", () => {
    const config: ProgramConfigInput = {
      type: "combined",
      discount: { rule: { kind: "fixed", percentBp: 500 } },
    };
    const q = quote(makeInput([config], [line("a", 100_000)], null, { pointsToSpend: 100 }));
    expect(q.totals).toMatchObject({ discount: 0, total: 100_000 });
    expect(q.earn.points).toBe(0);
    expect(q.spend).toMatchObject({ maxPoints: 0, limit: "guest", requested: 100, applied: 0 });
    expect(q.potential).toEqual({ discount: 5_000, points: 47 });
    expect(reason(q, "member.guest")).toEqual({ discount: 5_000, points: 47 });
  });

  it("gives a blocked member nothing", () => {
    const q = quote(
      makeInput(
        [bonus()],
        [line("a", 100_000)],
        makeMember({ availablePoints: 1_000, isBlocked: true }),
        { pointsToSpend: 100 },
      ),
    );
    expect(q.spend).toMatchObject({ maxPoints: 0, limit: "blocked", applied: 0 });
    expect(q.earn.points).toBe(0);
    expect(q.potential).toBeNull();
  });

  it("prices an empty cart at zero", () => {
    const q = quote(makeInput([bonus()], [], rich, { pointsToSpend: 10 }));
    expect(q.totals).toEqual({
      subtotal: 0,
      lineDiscount: 0,
      orderDiscount: 0,
      discount: 0,
      pointsValue: 0,
      cashbackSpent: 0,
      total: 0,
    });
    expect(q.earn.lots).toEqual([]);
  });

  it("handles zero-price lines beside paid ones", () => {
    const config = bonus({ redemption: { payment: { maxShareBp: 10_000 } } });
    const q = quote(
      makeInput([config], [line("free", 0, 3), line("a", 10_000)], rich, { pointsToSpend: 1_000 }),
    );
    expect(q.lines[0]).toMatchObject({
      gross: 0,
      discount: 0,
      pointsValue: 0,
      paid: 0,
      pointsEarned: 0,
    });
    expect(q.spend.applied).toBe(100);
    expect(q.totals.total).toBe(0);
  });

  it("stays exact on a maximal cart (1000 lines, 10^13 minor units) through BigInt", () => {
    const lines = Array.from({ length: 1000 }, (_, i) => line(`s${i}`, 10_000_000_000));
    const q = quote(makeInput([bonus()], lines));
    expect(q.totals.subtotal).toBe(1e13);
    expect(q.earn.points).toBe(5_000_000_000);
    expect(q.lines.reduce((sum, l) => sum + l.pointsEarned, 0)).toBe(5_000_000_000);
  });

  it("refuses carts beyond the limits or with fractional money", () => {
    const tooBig = Array.from({ length: 1001 }, (_, i) => line(`s${i}`, 10_000_000_000));
    expect(() => quote(makeInput([bonus()], tooBig))).toThrow(RangeError);
    expect(() => quote(makeInput([bonus()], [line("a", 10.5, 2)]))).toThrow(RangeError);
  });
});
