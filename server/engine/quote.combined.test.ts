import { describe, expect, it } from "vitest";
import type { ProgramConfigInput } from "./config/program-config";
import { quote } from "./quote";
import type { Quote } from "./quote/types";
import { line, makeInput, makeMember, NOW } from "./testing";

const reason = (q: Quote, key: string) => q.reasons.find((r) => r.key === key)?.params;
const DAY = 86_400_000;

function combined(overrides: Record<string, unknown>): ProgramConfigInput {
  return {
    type: "combined",
    discount: { rule: { kind: "fixed", percentBp: 1000 }, excludedCategories: ["gift-cards"] },
    bonus: {
      earn: { kind: "percent", percentBp: 500 },
      excludedCategories: ["sale"],
      redemption: { payment: { maxShareBp: 10_000 } },
    },
    ...overrides,
  } as ProgramConfigInput;
}

const cart = [
  line("a", 100_000),
  line("g", 100_000, 1, { category: "gift-cards" }),
  line("s", 100_000, 1, { category: "sale" }),
];

describe("quote: combined programs", () => {
  it("stacks discount and points on the same line by default", () => {
    const q = quote(makeInput([combined({})], cart));
    expect(q.lines.map((l) => l.discount)).toEqual([10_000, 0, 10_000]);
    expect(q.lines.map((l) => l.pointsEarned)).toEqual([45, 50, 0]);
  });

  it("primary discount, no stacking: discounted lines earn no points", () => {
    const q = quote(makeInput([combined({ primary: "discount", stackOnSameLine: false })], cart));
    expect(q.lines.map((l) => l.discount)).toEqual([10_000, 0, 10_000]);
    expect(q.lines.map((l) => l.pointsEarned)).toEqual([0, 50, 0]);
    expect(reason(q, "earn.excluded.discounted")).toEqual({ programId: "p1", lines: 1 });
  });

  it("primary bonus, no stacking: lines that earn points get no discount", () => {
    const q = quote(makeInput([combined({ primary: "bonus", stackOnSameLine: false })], cart));
    expect(q.lines.map((l) => l.discount)).toEqual([0, 0, 10_000]);
    expect(q.lines.map((l) => l.pointsEarned)).toEqual([50, 50, 0]);
  });

  it("keeps points off discounted items when payDiscountedItems is off", () => {
    const config = combined({});
    Object.assign((config as { bonus: Record<string, unknown> }).bonus, {
      redemption: { payment: { maxShareBp: 10_000 }, payDiscountedItems: false },
    });
    const q = quote(
      makeInput([config], cart, makeMember({ availablePoints: 5_000 }), { pointsToSpend: 5_000 }),
    );
    expect(q.spend).toMatchObject({ maxPoints: 1_000, limit: "discountedItems", applied: 1_000 });
    expect(q.lines.map((l) => l.pointsValue)).toEqual([0, 100_000, 0]);
  });

  it("adds a category discount during happy hours in the store's zone; excluded lines stay excluded", () => {
    const window = {
      id: "happy",
      hours: { from: "11:00", to: "13:00" },
      categories: ["sale", "gift-cards"],
      discountBp: 500,
    };
    const config = combined({ windows: [window] });
    const inside = quote(makeInput([config], cart));
    expect(inside.lines.map((l) => l.discount)).toEqual([10_000, 0, 15_000]);
    const later = quote(
      makeInput([config], cart, makeMember(), { now: new Date(NOW.getTime() + 2 * 3_600_000) }),
    );
    expect(later.lines.map((l) => l.discount)).toEqual([10_000, 0, 10_000]);
  });
});

describe("quote: cashback", () => {
  const cashback = (settings: Record<string, unknown> = {}): ProgramConfigInput =>
    ({ type: "cashback", cashback: { percentBp: 300, ...settings } }) as ProgramConfigInput;

  it("returns 3% as currency, dated by the activation delay", () => {
    const q = quote(makeInput([cashback({ activationDelayDays: 14 })], [line("a", 100_000)]));
    expect(q.cashback).toMatchObject({ earned: 3_000, applied: 0 });
    expect(q.cashback.lots).toEqual([
      {
        versionId: "v1",
        programId: "p1",
        amount: 3_000,
        availableAt: new Date(NOW.getTime() + 14 * DAY),
        expiresAt: null,
      },
    ]);
    expect(q.lines[0]?.cashbackEarned).toBe(3_000);
  });

  it("pays from the cashback wallet within its share and earns on the rest", () => {
    const member = makeMember({ cashbackBalance: 50_000 });
    const q = quote(
      makeInput([cashback({ maxShareBp: 2000 })], [line("a", 100_000)], member, {
        cashbackToSpend: 30_000,
      }),
    );
    expect(q.cashback).toMatchObject({ maxSpend: 20_000, applied: 20_000, earned: 2_400 });
    expect(q.totals).toMatchObject({ cashbackSpent: 20_000, total: 80_000 });
    expect(reason(q, "cashback.limit.maxShare")).toEqual({ percent: 20, amount: 20_000 });
  });

  it("spends cashback after points, never beyond what is left to pay", () => {
    const bonus: ProgramConfigInput = {
      type: "bonus",
      bonus: { redemption: { payment: { maxShareBp: 10_000 } } },
    };
    const member = makeMember({ availablePoints: 900, cashbackBalance: 50_000 });
    const q = quote(
      makeInput([bonus, cashback()], [line("a", 100_000)], member, {
        pointsToSpend: 900,
        cashbackToSpend: 50_000,
      }),
    );
    expect(q.totals).toMatchObject({ pointsValue: 90_000, cashbackSpent: 10_000, total: 0 });
    expect(q.cashback.maxSpend).toBe(10_000);
  });

  it("explains why cashback cannot be spent without a cashback program", () => {
    const q = quote(
      makeInput([{ type: "bonus" }], [line("a", 100_000)], makeMember({ cashbackBalance: 500 }), {
        cashbackToSpend: 100,
      }),
    );
    expect(q.cashback.applied).toBe(0);
    expect(reason(q, "cashback.limit.noWallet")).toEqual({});
  });

  it("earns no cashback on excluded categories", () => {
    const lines = [line("a", 100_000), line("g", 100_000, 1, { category: "gift-cards" })];
    const q = quote(makeInput([cashback({ excludedCategories: ["gift-cards"] })], lines));
    expect(q.cashback.earned).toBe(3_000);
    expect(q.lines.map((l) => l.cashbackEarned)).toEqual([3_000, 0]);
  });

  it("earns no cashback under the minimum order", () => {
    const q = quote(makeInput([cashback({ minOrderAmount: 200_000 })], [line("a", 100_000)]));
    expect(q.cashback.earned).toBe(0);
    expect(reason(q, "cashback.minOrder")).toEqual({ programId: "p1", minAmount: 200_000 });
  });
});
