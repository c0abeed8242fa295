import { describe, expect, it } from "vitest";
import { applyDebtPolicy, planReversal } from "./debt";
import type { Lot } from "./lots";

const NOW = new Date("2025-03-12T09:00:00Z");
const day = (n: number) => new Date(NOW.getTime() + n * 86_400_000);

describe("applyDebtPolicy", () => {
  it.each([
    [100, 40, "debt", { clawedBack: 40, debt: 0, dropped: 0 }],
    [30, 40, "debt", { clawedBack: 30, debt: 10, dropped: 0 }],
    [30, 40, "clawbackAvailable", { clawedBack: 30, debt: 0, dropped: 10 }],
    [0, 40, "debt", { clawedBack: 0, debt: 40, dropped: 0 }],
    [-5, 40, "debt", { clawedBack: 0, debt: 40, dropped: 0 }],
  ] as const)("available %i, reverse %i under %s", (available, toReverse, policy, expected) => {
    expect(applyDebtPolicy(available, toReverse, policy)).toEqual(expected);
  });

  it("defaults to debt", () => {
    expect(applyDebtPolicy(0, 5).debt).toBe(5);
  });
});

describe("planReversal", () => {
  const lots: Lot[] = [
    { id: "order-lot", remaining: 10, availableAt: day(10), expiresAt: null },
    { id: "old", remaining: 25, availableAt: day(-30), expiresAt: day(30) },
    { id: "older", remaining: 5, availableAt: day(-60), expiresAt: day(3) },
  ];

  it("takes from the order's own lot first, even while pending", () => {
    expect(planReversal(lots, [{ lotId: "order-lot", amount: 8 }], NOW)).toEqual({
      fromOrderLots: 8,
      clawedBack: 0,
      debt: 0,
      dropped: 0,
      deductions: [{ lotId: "order-lot", amount: 8 }],
    });
  });

  it("claws back the shortfall from other available lots in spend order, then records debt", () => {
    expect(planReversal(lots, [{ lotId: "order-lot", amount: 50 }], NOW)).toEqual({
      fromOrderLots: 10,
      clawedBack: 30,
      debt: 10,
      dropped: 0,
      deductions: [
        { lotId: "order-lot", amount: 10 },
        { lotId: "older", amount: 5 },
        { lotId: "old", amount: 25 },
      ],
    });
    expect(
      planReversal(lots, [{ lotId: "order-lot", amount: 50 }], NOW, "clawbackAvailable"),
    ).toMatchObject({ debt: 0, dropped: 10 });
  });
});
