import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CartLine } from "./cart";
import { ProgramConfig } from "./config/program-config";
import { quote } from "./quote";
import type { MemberState, QuoteInput } from "./quote/types";

const categories = ["shoes", "socks", "gift-cards", "sale"];
const category = fc.constantFrom(...categories);
const bp = fc.integer({ min: 0, max: 10_000 });
const rounding = fc.constantFrom("down", "up", "halfUp", "halfEven");

const discount = fc.record({
  rule: fc.oneof(
    fc.record({ kind: fc.constant("fixed"), percentBp: bp }),
    fc.record({
      kind: fc.constant("orderAmount"),
      brackets: fc.constant([
        { min: 0, percentBp: 100 },
        { min: 50_000, percentBp: 700 },
      ]),
    }),
    fc.record({
      kind: fc.constant("cumulative"),
      brackets: fc.constant([{ min: 100_000, percentBp: 500 }]),
    }),
  ),
  excludedCategories: fc.subarray(categories),
  excludeOnSale: fc.boolean(),
  rounding,
});

const bonus = fc.record({
  earn: fc.oneof(
    fc.record({ kind: fc.constant("percent"), percentBp: bp }),
    fc.record({
      kind: fc.constant("perAmount"),
      points: fc.integer({ min: 1, max: 50 }),
      perAmount: fc.integer({ min: 1, max: 100_000 }),
    }),
  ),
  rounding,
  earnBase: fc.constantFrom("afterDiscountsAndPoints", "afterDiscounts", "beforeDiscounts"),
  excludedCategories: fc.subarray(categories),
  excludeOnSale: fc.boolean(),
  categoryMultipliers: fc.subarray([
    { category: "shoes", multiplierBp: 20_000 },
    { category: "socks", multiplierBp: 5_000 },
  ]),
  minOrderAmount: fc.constantFrom(0, 10_000),
  pointValue: fc.constantFrom(1, 50, 100, 333),
  redemption: fc.record({
    minBalance: fc.constantFrom(0, 100),
    payment: fc.option(
      fc.record({
        maxShareBp: bp,
        categoryShares: fc.subarray([{ category: "shoes", maxShareBp: 5_000 }]),
      }),
    ),
    rewards: fc.constant([{ id: "r", points: 100, percentBp: 1_000 }]),
    excludedCategories: fc.subarray(categories),
    payDiscountedItems: fc.boolean(),
  }),
});

const extras = fc.record({
  windows: fc.subarray([
    { id: "weekend", weekdays: [6, 7], earnMultiplierBp: 20_000, discountBp: 500 },
    {
      id: "night",
      hours: { from: "22:00", to: "06:00" },
      categories: ["shoes"],
      discountBp: 1_500,
    },
  ]),
  birthday: fc.option(
    fc.record({
      windowDays: fc.nat(10),
      earnMultiplierBp: fc.constantFrom(10_000, 30_000),
      discountBp: bp,
      spendOnlyInWindow: fc.boolean(),
    }),
  ),
  stacking: fc.record({
    discounts: fc.constantFrom("best", "sum"),
    earn: fc.constantFrom("all", "primaryOnly"),
  }),
});

const tiers = fc.constant({
  metric: "spend",
  period: { kind: "calendarMonth" },
  levels: [
    { id: "base", name: "Base", threshold: 0 },
    {
      id: "gold",
      name: "Gold",
      threshold: 100_000,
      discountBp: 800,
      earn: { kind: "percent", percentBp: 1_000 },
      freeShipping: true,
    },
  ],
});

const program = fc.oneof(
  fc.tuple(discount, extras).map(([d, x]) => ({ type: "discount", discount: d, ...x })),
  fc.tuple(bonus, extras).map(([b, x]) => ({ type: "bonus", bonus: b, ...x })),
  fc
    .tuple(bonus, discount, tiers, extras)
    .map(([b, d, t, x]) => ({ type: "tiers", bonus: b, discount: d, tiers: t, ...x })),
  fc
    .tuple(bonus, discount, extras, fc.constantFrom("discount", "bonus"), fc.boolean())
    .map(([b, d, x, primary, stackOnSameLine]) => ({
      type: "combined",
      bonus: b,
      discount: d,
      primary,
      stackOnSameLine,
      ...x,
    })),
  fc.record({
    type: fc.constant("cashback"),
    cashback: fc.record({
      percentBp: bp,
      maxShareBp: bp,
      earnBase: fc.constantFrom("afterDiscountsAndPoints", "beforeDiscounts"),
    }),
  }),
  fc.record({ type: fc.constant("club"), club: fc.record({ discountBp: bp }) }),
);

const cartLine: fc.Arbitrary<CartLine> = fc.record({
  sku: fc.constantFrom("a", "b", "c", "d"),
  category,
  unitPrice: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 500_000 })),
  quantity: fc.integer({ min: 1, max: 5 }),
  isOnSale: fc.boolean(),
});

const member: fc.Arbitrary<MemberState | null> = fc.option(
  fc.record({
    tierId: fc.constantFrom(null, "base", "gold"),
    availablePoints: fc.nat(20_000),
    pendingPoints: fc.nat(1_000),
    cashbackBalance: fc.nat(100_000),
    stats: fc.record({ "spend:month": fc.nat(300_000), "spend:lifetime": fc.nat(300_000) }),
    birthDate: fc.option(
      fc.record({ month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) }),
    ),
    clubProgramIds: fc.subarray(["p1", "p2", "p3"]),
    isBlocked: fc.constantFrom(false, false, false, true),
  }),
  { freq: 5 },
);

const input: fc.Arbitrary<QuoteInput> = fc
  .record({
    programs: fc.array(program, { minLength: 1, maxLength: 3 }),
    lines: fc.array(cartLine, { maxLength: 12 }),
    member,
    now: fc.date({
      min: new Date("2024-01-01T00:00:00Z"),
      max: new Date("2026-12-31T00:00:00Z"),
      noInvalidDate: true,
    }),
    timezone: fc.constantFrom("Europe/Moscow", "America/New_York", "Asia/Kolkata", "UTC"),
    pointsToSpend: fc.option(fc.nat(30_000), { nil: undefined }),
    cashbackToSpend: fc.option(fc.nat(100_000), { nil: undefined }),
    rewardId: fc.option(fc.constantFrom("r", "nope"), { nil: undefined }),
  })
  .map((r) => ({
    versions: r.programs.map((p, i) => ({
      id: `v${i}`,
      programId: `p${i + 1}`,
      config: ProgramConfig.parse(p),
    })),
    member: r.member,
    cart: { currency: "RUB", lines: r.lines },
    context: {
      now: r.now,
      timezone: r.timezone,
      pointsToSpend: r.pointsToSpend,
      cashbackToSpend: r.cashbackToSpend,
      rewardId: r.rewardId,
    },
  }));

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !(value instanceof Date) && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

function collectNumbers(value: unknown, out: number[] = []): number[] {
  if (typeof value === "number") out.push(value);
  else if (value && typeof value === "object" && !(value instanceof Date))
    for (const v of Object.values(value)) collectNumbers(v, out);
  return out;
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe("quote properties", () => {
  it("never goes negative, never over-spends, and every total is the sum of its lines", () => {
    fc.assert(
      fc.property(input, (raw) => {
        const q = quote(deepFreeze(raw));
        const { totals, lines, spend } = q;
        expect(totals.total).toBeGreaterThanOrEqual(0);
        expect(totals.total).toBe(
          totals.subtotal - totals.discount - totals.pointsValue - totals.cashbackSpent,
        );
        expect(sum(lines.map((l) => l.paid))).toBe(totals.total);
        expect(sum(lines.map((l) => l.discount))).toBe(totals.lineDiscount);
        expect(sum(lines.map((l) => l.orderDiscount))).toBe(totals.orderDiscount);
        expect(sum(lines.map((l) => l.pointsValue))).toBe(totals.pointsValue);
        expect(sum(lines.map((l) => l.cashbackSpent))).toBe(totals.cashbackSpent);
        for (const l of lines) {
          expect(l.paid).toBeGreaterThanOrEqual(0);
          expect(l.discount + l.orderDiscount).toBeLessThanOrEqual(l.gross);
        }
        const balance = raw.member?.availablePoints ?? 0;
        expect(spend.applied).toBeLessThanOrEqual(spend.maxPoints);
        expect(spend.applied).toBeLessThanOrEqual(spend.requested);
        expect(spend.pointsTotal).toBeLessThanOrEqual(balance);
        expect(spend.maxPoints + (spend.reward?.points ?? 0)).toBeLessThanOrEqual(balance);
        expect(sum(lines.map((l) => l.pointsSpent))).toBe(spend.pointsTotal);
        expect(q.cashback.applied).toBeLessThanOrEqual(raw.member?.cashbackBalance ?? 0);
        expect(q.earn.points).toBe(sum(q.earn.lots.map((l) => l.amount)));
        expect(sum(lines.map((l) => l.pointsEarned))).toBe(q.earn.points);
        expect(sum(lines.map((l) => l.cashbackEarned))).toBe(q.cashback.earned);
        for (const n of collectNumbers({
          totals,
          lines,
          spend,
          earn: q.earn.points,
          cashback: q.cashback.earned,
        })) {
          expect(Number.isSafeInteger(n)).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  it("keeps points within the redemption share of every line", () => {
    fc.assert(
      fc.property(input, (raw) => {
        const q = quote(raw);
        const bonusConfig = raw.versions.map((v) => v.config).find((c) => "bonus" in c && c.bonus);
        const payment =
          bonusConfig && "bonus" in bonusConfig ? bonusConfig.bonus?.redemption.payment : null;
        if (!payment) {
          expect(q.totals.pointsValue).toBe(0);
          return;
        }
        const widest = Math.max(
          payment.maxShareBp,
          ...payment.categoryShares.map((s) => s.maxShareBp),
        );
        for (const l of q.lines) {
          expect(l.pointsValue * 10_000).toBeLessThanOrEqual(
            (l.gross - l.discount - l.orderDiscount) * widest,
          );
        }
      }),
      { numRuns: 400 },
    );
  });

  it("is pure: the same input gives the same quote", () => {
    fc.assert(
      fc.property(input, (raw) => {
        expect(quote(raw)).toEqual(quote(raw));
      }),
      { numRuns: 100 },
    );
  });
});
