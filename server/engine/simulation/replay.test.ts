import { describe, expect, it } from "vitest";
import type { CartLine } from "../cart";
import { ProgramConfig, type ProgramConfigInput } from "../config/program-config";
import type { ProgramVersion } from "../quote/types";
import { createReplay } from "./replay";
import { createSimulation } from "./simulate";
import type { ReplayOrder } from "./types";

const version = (config: ProgramConfigInput, id = "v1"): ProgramVersion => ({
  id,
  programId: "p1",
  config: ProgramConfig.parse(config),
});

/** 10% back as points, 1 point = 1 RUB (100 kopecks), points may pay the whole order. */
const bonus = (extra: Record<string, unknown> = {}) =>
  version({
    type: "bonus",
    bonus: {
      earn: { kind: "percent", percentBp: 1000 },
      pointValue: 100,
      redemption: { payment: { maxShareBp: 10_000 } },
      ...extra,
    },
  });

/** Lifetime spend tiers: Silver from 1,000 RUB with 5% off. */
const tiers = (silverFrom: number) =>
  version({
    type: "tiers",
    tiers: {
      metric: "spend",
      period: { kind: "lifetime" },
      levels: [
        { id: "base", name: "Base", threshold: 0 },
        { id: "silver", name: "Silver", threshold: silverFrom, discountBp: 500 },
      ],
    },
  });

const cart = (amount: number): CartLine[] => [
  { sku: "A", category: "tea", unitPrice: amount, quantity: 1 },
];
const order = (memberId: string, day: string, amount: number): ReplayOrder => ({
  memberId,
  paidAt: new Date(`${day}T12:00:00Z`),
  lines: cart(amount),
});

const history = [
  order("anna", "2026-01-10", 100_000),
  order("anna", "2026-01-20", 50_000),
  order("boris", "2026-02-01", 30_000),
];
const end = new Date("2026-03-01T00:00:00Z");
const setup = { currency: "RUB", timezone: "UTC" };

function replay(v: ProgramVersion | null, redemptionRateBp: number, orders = history) {
  const r = createReplay({ ...setup, version: v, redemptionRateBp });
  for (const o of orders) r.apply(o);
  return r.finish(end);
}

describe("replay of a bonus program", () => {
  it("spends the assumed share of the allowed points and earns on what is left to pay", () => {
    // Anna: earns 100 (10% of 1,000 RUB); next order her cap is her balance 100, she spends
    // half = 50 points (50 RUB) and earns 10% of 450 RUB = 45. Boris earns 30.
    expect(replay(bonus(), 5000)).toEqual({
      orders: 3,
      revenue: 180_000,
      discount: 0,
      pointsIssued: 175,
      pointsRedeemed: 50,
      redeemedValue: 5_000,
      pointsExpired: 0,
      liabilityPoints: 125,
      liabilityValue: 12_500,
      cost: 5_000,
      costBp: 278, // 5,000 / 180,000 = 2.7778% -> half up
      costWithLiabilityBp: 972, // 17,500 / 180,000 = 9.7222%
      tierUpgrades: 0,
      tierDowngrades: 0,
      tiers: [],
    });
  });

  it("pessimistic: everyone spends the most allowed as soon as they can", () => {
    // Anna spends all 100 points, earns 10% of 400 RUB = 40; Boris 30.
    expect(replay(bonus(), 10_000)).toMatchObject({
      pointsIssued: 170,
      pointsRedeemed: 100,
      redeemedValue: 10_000,
      liabilityPoints: 70,
      liabilityValue: 7_000,
      costBp: 556, // 10,000 / 180,000 = 5.5556%
    });
  });

  it("with no redemption every point stays a liability", () => {
    expect(replay(bonus(), 0)).toMatchObject({ pointsIssued: 180, pointsRedeemed: 0, cost: 0 });
  });

  it("rounds the assumed share down: 33% of 100 points is 33", () => {
    expect(replay(bonus(), 3300)).toMatchObject({ pointsRedeemed: 33, redeemedValue: 3_300 });
  });

  it("cannot spend pending points, and counts them in the liability", () => {
    // 14 days' delay: Anna's 100 points are still pending on the 20th.
    const figures = replay(bonus({ activationDelayDays: 14 }), 10_000);
    expect(figures).toMatchObject({ pointsRedeemed: 0, pointsIssued: 180, liabilityPoints: 180 });
  });

  it("burns expired points before the next order and at the end", () => {
    // Points live 5 days: Anna's first 100 are gone by the 20th, the rest by March 1st.
    const figures = replay(bonus({ expiryDays: 5 }), 10_000);
    expect(figures).toMatchObject({
      pointsIssued: 180,
      pointsRedeemed: 0,
      pointsExpired: 180,
      liabilityPoints: 0,
    });
  });

  it("without a program only counts the orders", () => {
    expect(replay(null, 10_000)).toMatchObject({
      orders: 3,
      revenue: 180_000,
      discount: 0,
      cost: 0,
      costBp: 0,
    });
  });
});

describe("replay of rewards", () => {
  // No paying with points; 100 points buy 10% off the order.
  const rewards = () =>
    bonus({
      redemption: { payment: null, rewards: [{ id: "ten", points: 100, percentBp: 1000 }] },
    });
  const withThird = [...history, order("anna", "2026-02-10", 20_000)];

  it("uses a reward on the assumed share of the orders that could take one", () => {
    // 50%: Anna can afford the reward on the 20th (credit 50%) and on Feb 10th (credit 100%):
    // she takes it then, 10% of 200 RUB = 20 RUB off, and earns 10% of 180 RUB = 18 points.
    expect(replay(rewards(), 5000, withThird)).toMatchObject({
      discount: 2_000,
      pointsRedeemed: 100,
      redeemedValue: 0,
      pointsIssued: 100 + 50 + 30 + 18,
      liabilityPoints: 98,
      cost: 2_000,
    });
  });

  it("pessimistic: the first order that can take a reward takes it", () => {
    // On the 20th: 10% of 500 RUB = 50 RUB off, earns 10% of 450 RUB = 45; on Feb 10th she
    // has 45 points, not enough, and earns 20.
    expect(replay(rewards(), 10_000, withThird)).toMatchObject({
      discount: 5_000,
      pointsRedeemed: 100,
      pointsIssued: 100 + 45 + 30 + 20,
    });
  });
});

describe("replay of tiers", () => {
  it("raises a member once their spend qualifies and discounts the next order", () => {
    // Anna's first 1,000 RUB makes her Silver: 5% off 500 RUB = 25 RUB. Boris stays Base.
    expect(replay(tiers(100_000), 0)).toMatchObject({
      discount: 2_500,
      cost: 2_500,
      tierUpgrades: 1,
      tiers: [
        { id: "base", name: "Base", members: 1 },
        { id: "silver", name: "Silver", members: 1 },
      ],
    });
  });
});

describe("side by side", () => {
  it("gives candidate minus baseline and the members who end a level lower", () => {
    const simulation = createSimulation({
      ...setup,
      redemptionRateBp: 0,
      baseline: tiers(100_000),
      candidate: tiers(200_000),
    });
    for (const o of history) simulation.apply(o);
    const result = simulation.finish(end);
    expect(result.baseline.discount).toBe(2_500);
    expect(result.candidate.discount).toBe(0);
    expect(result.difference).toMatchObject({ discount: -2_500, cost: -2_500, revenue: 0 });
    expect(result.difference.costBp).toBe(-139); // 0 - round(2,500 / 180,000 = 1.3889%)
    expect(result.tierMoves).toEqual({ higher: 0, lower: 1 });
  });
});
