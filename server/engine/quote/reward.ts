import { zeros } from "../arrays";
import { toPercent } from "../reason";
import { applyBp } from "../rounding";
import { splitByWeight } from "../split-by-weight";
import { findLineBlock, isOutsideBirthdayOnlyWindow, type RedemptionSource } from "./redemption";
import type { AppliedReward } from "./types";
import { netOf, type Work } from "./work";

/** "N points for P% off the order": the discount is rounded down and spread over eligible lines. */
export function applyReward(
  work: Work,
  source: RedemptionSource | null,
  rewardId: string | undefined,
): AppliedReward | null {
  if (rewardId === undefined) return null;
  const reward = source?.redemption.rewards.get(rewardId);
  if (!source || !reward) {
    work.reasons.push({ key: "reward.unknown", params: { reward: rewardId } });
    return null;
  }
  const balance = work.member.availablePoints;
  const refuse = (key: string, params: Record<string, number | string>) => {
    work.reasons.push({ key, params: { reward: reward.id, ...params } });
    return null;
  };
  if (isOutsideBirthdayOnlyWindow(work, source)) return refuse("reward.birthdayOnly", {});
  if (balance < source.redemption.minBalance) {
    return refuse("reward.minBalance", { minBalance: source.redemption.minBalance, balance });
  }
  if (balance < reward.points) return refuse("reward.balance", { points: reward.points, balance });
  const weights = zeros(work.n);
  let eligible = 0;
  for (let i = 0; i < work.n; i++) {
    if (findLineBlock(work, source.redemption, i) !== null) continue;
    weights[i] = netOf(work, i);
    eligible += weights[i] ?? 0;
  }
  let amount = applyBp(eligible, reward.percentBp, "down");
  if (reward.maxDiscount !== null) amount = Math.min(amount, reward.maxDiscount);
  if (amount === 0) return refuse("reward.noEligibleItems", {});
  const shares = splitByWeight(amount, weights);
  const points = splitByWeight(reward.points, shares);
  for (let i = 0; i < work.n; i++) {
    work.orderDiscount[i] = (work.orderDiscount[i] ?? 0) + (shares[i] ?? 0);
    work.pointsSpent[i] = (work.pointsSpent[i] ?? 0) + (points[i] ?? 0);
  }
  work.reasons.push({
    key: "reward.applied",
    params: {
      reward: reward.id,
      points: reward.points,
      percent: toPercent(reward.percentBp),
      amount,
    },
  });
  return { id: reward.id, points: reward.points, percentBp: reward.percentBp, amount };
}
