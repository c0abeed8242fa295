import { zeros } from "../arrays";
import { toPercent } from "../reason";
import { applyBp, roundDown } from "../rounding";
import { splitByWeight } from "../split-by-weight";
import {
  findLineBlock,
  isOutsideBirthdayOnlyWindow,
  type LineBlock,
  type RedemptionSource,
} from "./redemption";
import type { Quote, SpendLimitRule } from "./types";
import { netOf, type Work } from "./work";

type Limit = { maxPoints: number; limit: SpendLimitRule; lineCaps: number[] | null };

/**
 * Cap order: no redemption, birthday-only window, minimum balance, then the smaller of
 * the balance and the money cap (per line: net x max share, rounded down; summed, then
 * divided by the point value, rounded down).
 */
function findLimit(work: Work, source: RedemptionSource | null, balance: number): Limit {
  const payment = source?.redemption.payment;
  if (!source || !payment) return refuse(work, "noRedemption", {});
  if (isOutsideBirthdayOnlyWindow(work, source)) return refuse(work, "birthdayOnly", {});
  const { minBalance } = source.redemption;
  if (work.member.availablePoints < minBalance) {
    return refuse(work, "minBalance", {
      minBalance,
      balance: work.member.availablePoints,
      pending: work.member.pendingPoints,
    });
  }
  const lineCaps = zeros(work.n);
  let moneyCap = 0;
  let blocked: LineBlock = null;
  let isShareLimited = false;
  for (let i = 0; i < work.n; i++) {
    const block = findLineBlock(work, source.redemption, i);
    if (block !== null) {
      blocked ??= block;
      continue;
    }
    const share = payment.categoryShares.get(work.lines[i]?.category ?? "") ?? payment.maxShareBp;
    if (share < 10_000) isShareLimited = true;
    const cap = applyBp(netOf(work, i), share, "down");
    lineCaps[i] = cap;
    moneyCap += cap;
  }
  const pointsCap = roundDown(moneyCap, 1, source.bonus.pointValue);
  if (balance <= pointsCap) {
    work.reasons.push({
      key: "spend.limit.balance",
      params: { balance, pending: work.member.pendingPoints },
    });
    return { maxPoints: balance, limit: "balance", lineCaps };
  }
  const limit: SpendLimitRule = isShareLimited ? "maxShare" : (blocked ?? "orderTotal");
  const params: Record<string, number> = { amount: moneyCap, points: pointsCap };
  if (limit === "maxShare") params.percent = toPercent(payment.maxShareBp);
  work.reasons.push({ key: `spend.limit.${limit}`, params });
  return { maxPoints: pointsCap, limit, lineCaps };
}

function refuse(work: Work, limit: SpendLimitRule, params: Record<string, number | string>): Limit {
  work.reasons.push({ key: `spend.limit.${limit}`, params });
  return { maxPoints: 0, limit, lineCaps: null };
}

/** Clamps the requested points to the cap and spreads their value over the lines within each line's cap. */
export function applyPoints(
  work: Work,
  source: RedemptionSource | null,
  requested: number,
  rewardPoints: number,
): Omit<Quote["spend"], "reward" | "pointsTotal"> {
  if (!Number.isSafeInteger(requested) || requested < 0) {
    throw new RangeError("quote: pointsToSpend must be a whole non-negative number");
  }
  const { maxPoints, limit, lineCaps } = findLimit(
    work,
    source,
    work.member.availablePoints - rewardPoints,
  );
  const applied = Math.min(requested, maxPoints);
  if (requested > applied) {
    work.reasons.push({ key: "spend.clamped", params: { requested, applied } });
  }
  if (applied === 0 || !source || !lineCaps) {
    return { maxPoints, limit, requested, applied: 0, value: 0 };
  }
  const value = applied * source.bonus.pointValue;
  const values = splitByWeight(value, lineCaps);
  const points = splitByWeight(applied, values);
  for (let i = 0; i < work.n; i++) {
    work.pointsValue[i] = values[i] ?? 0;
    work.pointsSpent[i] = (work.pointsSpent[i] ?? 0) + (points[i] ?? 0);
  }
  work.reasons.push({ key: "spend.applied", params: { points: applied, value } });
  return { maxPoints, limit, requested, applied, value };
}
