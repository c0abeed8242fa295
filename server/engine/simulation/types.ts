import type { CartLine } from "../cart";

/** One paid order as the replay reads it: who, when, what was in the cart. */
export type ReplayOrder = { memberId: string; paidAt: Date; lines: CartLine[] };

/** Facts about a member that change prices: birthday windows and blocked members. */
export type ReplayMemberFacts = {
  birthDate: { month: number; day: number } | null;
  isBlocked: boolean;
};

export type TierCount = { id: string; name: string; members: number };

/** What one version would have done over the replayed orders; money in minor units. */
export type SimulationFigures = {
  orders: number;
  /** Σ cart subtotals: what the orders were worth before any loyalty benefit. */
  revenue: number;
  /** Σ member and reward discounts. */
  discount: number;
  pointsIssued: number;
  pointsRedeemed: number;
  /** Money the redeemed points paid for. */
  redeemedValue: number;
  pointsExpired: number;
  /** Points still held (available or pending) at the end of the period. */
  liabilityPoints: number;
  /** liabilityPoints × the point's value. */
  liabilityValue: number;
  /** discount + redeemedValue: what the program gave away in the period. */
  cost: number;
  /** cost / revenue in basis points, half up. */
  costBp: number;
  /** (cost + liabilityValue) / revenue in basis points, half up. */
  costWithLiabilityBp: number;
  tierUpgrades: number;
  tierDowngrades: number;
  /** Members per level at the end (members who ordered in the period). */
  tiers: TierCount[];
};

export const numericFigures = [
  "orders",
  "revenue",
  "discount",
  "pointsIssued",
  "pointsRedeemed",
  "redeemedValue",
  "pointsExpired",
  "liabilityPoints",
  "liabilityValue",
  "cost",
  "costBp",
  "costWithLiabilityBp",
  "tierUpgrades",
  "tierDowngrades",
] as const satisfies readonly (keyof SimulationFigures)[];
export type NumericFigure = (typeof numericFigures)[number];

/** Live (baseline) and draft (candidate) side by side, and candidate − baseline. */
export type SimulationResult = {
  baseline: SimulationFigures;
  candidate: SimulationFigures;
  difference: Record<NumericFigure, number>;
  /** Members who would end on a higher / lower level under the candidate than the baseline. */
  tierMoves: { higher: number; lower: number };
};
