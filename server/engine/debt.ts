import { allocateSpend, type Lot, sumAvailable } from "./lots";
import type { LotAmount } from "./reason";

/**
 * "debt": what cannot be clawed back is owed and nets against future earn;
 * "clawbackAvailable": it is written off.
 */
export type DebtPolicy = "debt" | "clawbackAvailable";

export type DebtOutcome = { clawedBack: number; debt: number; dropped: number };

export function applyDebtPolicy(
  available: number,
  toReverse: number,
  policy: DebtPolicy = "debt",
): DebtOutcome {
  const clawedBack = Math.min(Math.max(available, 0), toReverse);
  const short = toReverse - clawedBack;
  return policy === "debt"
    ? { clawedBack, debt: short, dropped: 0 }
    : { clawedBack, debt: 0, dropped: short };
}

/** clawedBack counts only points taken from lots other than the order's own. */
export type ReversalPlan = DebtOutcome & { fromOrderLots: number; deductions: LotAmount[] };

/**
 * Reverses earned points: first from the lots the order created (even if still pending),
 * then the shortfall from the member's other available lots in spend order, then the debt policy.
 */
export function planReversal(
  lots: readonly Lot[],
  reversals: readonly LotAmount[],
  now: Date,
  policy: DebtPolicy = "debt",
): ReversalPlan {
  const left = new Map(lots.map((lot) => [lot.id, lot.remaining]));
  const deductions = new Map<string, number>();
  let shortfall = 0;
  let fromOrderLots = 0;
  for (const { lotId, amount } of reversals) {
    const taken = Math.min(left.get(lotId) ?? 0, amount);
    if (taken > 0) {
      left.set(lotId, (left.get(lotId) ?? 0) - taken);
      deductions.set(lotId, (deductions.get(lotId) ?? 0) + taken);
      fromOrderLots += taken;
    }
    shortfall += amount - taken;
  }
  const rest = lots.map((lot) => ({ ...lot, remaining: left.get(lot.id) ?? 0 }));
  const outcome = applyDebtPolicy(sumAvailable(rest, now), shortfall, policy);
  // Cannot fail: clawedBack never exceeds what is available.
  const clawed = allocateSpend(rest, outcome.clawedBack, now);
  for (const { lotId, amount } of clawed.ok ? clawed.value : []) {
    deductions.set(lotId, (deductions.get(lotId) ?? 0) + amount);
  }
  const merged = [...deductions].map(([lotId, amount]) => ({ lotId, amount }));
  return { ...outcome, fromOrderLots, deductions: merged };
}
