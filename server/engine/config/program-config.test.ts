import { describe, expect, it } from "vitest";
import { ProgramConfig, type ProgramConfigInput } from "./program-config";

const levels = [
  { id: "base", name: "Base", threshold: 0 },
  { id: "vip", name: "VIP", threshold: 1_000_000, freeShipping: true },
];

function messagesOf(input: unknown): string[] {
  const result = ProgramConfig.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
}

describe("ProgramConfig", () => {
  it("fills bonus defaults: 5% earn rounded down after discounts and points, 1 point = 1 RUB, 30% cap", () => {
    const config = ProgramConfig.parse({ type: "bonus" });
    expect(config).toMatchObject({
      type: "bonus",
      stacking: { discounts: "best", earn: "all" },
      windows: [],
      birthday: null,
      actions: { signUp: 0, birthday: 0, profileCompleted: 0, review: 0 },
      bonus: {
        earn: { kind: "percent", percentBp: 500 },
        rounding: "down",
        earnBase: "afterDiscountsAndPoints",
        excludedCategories: [],
        excludeOnSale: false,
        activationDelayDays: 0,
        expiryDays: null,
        pointValue: 100,
        redemption: {
          minBalance: 0,
          payment: { maxShareBp: 3000, categoryShares: [] },
          rewards: [],
          payDiscountedItems: true,
        },
      },
    });
  });

  it("expresses the brief's example: 1 point per 100 RUB, 100 points = 10% off, VIP over 10,000 RUB a month", () => {
    const input: ProgramConfigInput = {
      type: "tiers",
      bonus: {
        earn: { kind: "perAmount", points: 1, perAmount: 10_000 },
        redemption: { payment: null, rewards: [{ id: "ten-off", points: 100, percentBp: 1000 }] },
      },
      tiers: { metric: "spend", period: { kind: "calendarMonth" }, levels },
    };
    const config = ProgramConfig.parse(input);
    expect(config.type).toBe("tiers");
    if (config.type !== "tiers") return;
    expect(config.tiers.graceDays).toBe(30);
    expect(config.tiers.levels[1]).toMatchObject({
      id: "vip",
      freeShipping: true,
      discountBp: null,
      earn: null,
    });
    expect(config.bonus?.redemption.rewards[0]).toEqual({
      id: "ten-off",
      points: 100,
      percentBp: 1000,
      maxDiscount: null,
    });
  });

  it.each<[string, ProgramConfigInput]>([
    ["discount fixed", { type: "discount", discount: { rule: { kind: "fixed", percentBp: 500 } } }],
    [
      "discount by order amount",
      {
        type: "discount",
        discount: {
          rule: {
            kind: "orderAmount",
            brackets: [
              { min: 0, percentBp: 0 },
              { min: 500_000, percentBp: 500 },
            ],
          },
        },
      },
    ],
    [
      "cumulative over 90 days",
      {
        type: "discount",
        discount: {
          rule: {
            kind: "cumulative",
            period: { kind: "rollingDays", days: 90 },
            brackets: [{ min: 1_000_000, percentBp: 300 }],
          },
        },
      },
    ],
    [
      "combined with a window and birthday",
      {
        type: "combined",
        primary: "bonus",
        stackOnSameLine: false,
        discount: { rule: { kind: "fixed", percentBp: 300 } },
        windows: [
          { id: "happy-hours", hours: { from: "22:00", to: "02:00" }, earnMultiplierBp: 20_000 },
        ],
        birthday: { windowDays: 3, earnMultiplierBp: 30_000, spendOnlyInWindow: true },
      },
    ],
    ["cashback", { type: "cashback", cashback: { percentBp: 300 } }],
    ["referral", { type: "referral", referral: { friendBonus: 300, referrerBonus: 500 } }],
    ["club", { type: "club", club: { discountBp: 1000, joinBy: "fee", fee: 99_000 } }],
  ])("accepts %s", (_name, input) => {
    expect(messagesOf(input)).toEqual([]);
  });

  it.each<[string, unknown, string]>([
    ["an unknown type", { type: "lottery" }, "Program type is discount, bonus, tiers"],
    [
      "a percent over 100%",
      { type: "discount", discount: { rule: { kind: "fixed", percentBp: 10_001 } } },
      "cannot exceed 100%",
    ],
    [
      "fractional basis points",
      { type: "discount", discount: { rule: { kind: "fixed", percentBp: 2.5 } } },
      "whole numbers",
    ],
    [
      "unordered brackets",
      {
        type: "discount",
        discount: {
          rule: {
            kind: "orderAmount",
            brackets: [
              { min: 5, percentBp: 1 },
              { min: 5, percentBp: 2 },
            ],
          },
        },
      },
      "strictly increasing minimum",
    ],
    [
      "a first level above 0",
      { type: "tiers", tiers: { levels: [{ id: "a", name: "A", threshold: 5 }] } },
      "first level starts at 0",
    ],
    [
      "unordered levels",
      { type: "tiers", tiers: { levels: [levels[0], { id: "b", name: "B", threshold: 0 }] } },
      "strictly increasing threshold",
    ],
    [
      "duplicate level ids",
      { type: "tiers", tiers: { levels: [levels[0], { ...levels[1], id: "base" }] } },
      "Level ids must be unique",
    ],
    [
      "a level earn override without points",
      {
        type: "tiers",
        tiers: { levels: [{ ...levels[0], earn: { kind: "percent", percentBp: 100 } }] },
      },
      "only when the program earns points",
    ],
    [
      "a bad clock",
      {
        type: "bonus",
        windows: [{ id: "w", hours: { from: "25:00", to: "26:00" }, discountBp: 100 }],
      },
      "HH:MM",
    ],
    [
      "a window with no effect",
      { type: "bonus", windows: [{ id: "w" }] },
      "must add a discount or change",
    ],
    [
      "equal start and end hours",
      {
        type: "bonus",
        windows: [{ id: "w", hours: { from: "10:00", to: "10:00" }, discountBp: 1 }],
      },
      "different start and end",
    ],
    [
      "a reversed date range",
      {
        type: "bonus",
        windows: [{ id: "w", dates: { from: "2025-02-01", to: "2025-01-01" }, discountBp: 1 }],
      },
      "ends before it starts",
    ],
    [
      "weekday 8",
      { type: "bonus", windows: [{ id: "w", weekdays: [8], discountBp: 1 }] },
      "1 (Monday) to 7 (Sunday)",
    ],
    [
      "duplicate reward ids",
      {
        type: "bonus",
        bonus: {
          redemption: {
            rewards: [
              { id: "r", points: 1, percentBp: 1 },
              { id: "r", points: 2, percentBp: 2 },
            ],
          },
        },
      },
      "Reward ids must be unique",
    ],
    ["a zero point value", { type: "bonus", bonus: { pointValue: 0 } }, "at least 1 minor unit"],
    ["negative money", { type: "bonus", bonus: { minOrderAmount: -1 } }, "cannot be negative"],
    ["a zero-day expiry", { type: "bonus", bonus: { expiryDays: 0 } }, "at least 1 day"],
  ])("rejects %s with a clear message", (_name, input, message) => {
    expect(messagesOf(input).join("\n")).toContain(message);
  });

  it("points the message at the offending field", () => {
    const [first] = messagesOf({
      type: "bonus",
      bonus: { earn: { kind: "percent", percentBp: -5 } },
    });
    expect(first).toBe("bonus.earn.percentBp: A percent cannot be negative");
  });
});
