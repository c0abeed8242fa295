import { sumOf } from "./arrays";
import { applyCashbackSpend, earnCashback } from "./quote/cashback";
import { applyMemberDiscounts } from "./quote/discounts";
import { earnPoints } from "./quote/earn";
import { applyPoints } from "./quote/points";
import { findRedemptionSource } from "./quote/redemption";
import { applyReward } from "./quote/reward";
import { describeTier } from "./quote/tier";
import type { MemberState, Quote, QuoteInput, QuoteLine, SpendLimitRule } from "./quote/types";
import { BLANK_MEMBER, createWork, type Work } from "./quote/work";
import type { Reason } from "./reason";

/**
 * Prices a cart for a member: discounts, reward, points and cashback spent, points and
 * cashback earned, tier and perks, with a reason for every figure. Pure and allocation-light;
 * configs must already be parsed with ProgramConfig.
 */
export function quote(input: QuoteInput): Quote {
  const { member } = input;
  if (member?.isBlocked) {
    return quoteWithoutProgram(input, "blocked", { key: "member.blocked", params: {} }, null);
  }
  if (!member) {
    const asMember = priceCart(
      { ...input, context: { now: input.context.now, timezone: input.context.timezone } },
      BLANK_MEMBER,
    );
    const potential = { discount: asMember.totals.discount, points: asMember.earn.points };
    return quoteWithoutProgram(
      input,
      "guest",
      { key: "member.guest", params: potential },
      potential,
    );
  }
  return priceCart(input, member);
}

function priceCart(input: QuoteInput, member: MemberState): Quote {
  const work = createWork(input, member);
  const { context } = input;
  applyMemberDiscounts(work);
  const source = findRedemptionSource(work);
  const reward = applyReward(work, source, context.rewardId);
  const spend = applyPoints(work, source, context.pointsToSpend ?? 0, reward?.points ?? 0);
  const cashbackSpend = applyCashbackSpend(work, context.cashbackToSpend ?? 0);
  const lineDiscount = sumOf(work.discount);
  const orderDiscount = sumOf(work.orderDiscount);
  const orderNet = work.subtotal - lineDiscount - orderDiscount;
  const earn = earnPoints(work, orderNet);
  const cashbackEarn = earnCashback(work, orderNet);
  const { tier, perks } = describeTier(work, orderNet);
  const total = orderNet - spend.value - cashbackSpend.applied;
  return {
    currency: input.cart.currency,
    lines: buildLines(work),
    totals: {
      subtotal: work.subtotal,
      lineDiscount,
      orderDiscount,
      discount: lineDiscount + orderDiscount,
      pointsValue: spend.value,
      cashbackSpent: cashbackSpend.applied,
      total,
    },
    spend: {
      maxPoints: spend.maxPoints,
      limit: spend.limit,
      requested: spend.requested,
      applied: spend.applied,
      value: spend.value,
      reward,
      pointsTotal: spend.applied + (reward?.points ?? 0),
    },
    earn,
    cashback: {
      maxSpend: cashbackSpend.maxSpend,
      applied: cashbackSpend.applied,
      earned: cashbackEarn.earned,
      lots: cashbackEarn.lots,
    },
    tier,
    perks,
    potential: null,
    reasons: work.reasons,
  };
}

function buildLines(work: Work): QuoteLine[] {
  const lines: QuoteLine[] = [];
  for (let i = 0; i < work.n; i++) {
    const gross = work.gross[i] ?? 0;
    const discount = work.discount[i] ?? 0;
    const orderDiscount = work.orderDiscount[i] ?? 0;
    const pointsValue = work.pointsValue[i] ?? 0;
    const cashbackSpent = work.cashbackSpent[i] ?? 0;
    lines.push({
      sku: work.lines[i]?.sku ?? "",
      quantity: work.lines[i]?.quantity ?? 0,
      gross,
      discount,
      orderDiscount,
      pointsSpent: work.pointsSpent[i] ?? 0,
      pointsValue,
      cashbackSpent,
      paid: gross - discount - orderDiscount - pointsValue - cashbackSpent,
      pointsEarned: work.pointsEarned[i] ?? 0,
      cashbackEarned: work.cashbackEarned[i] ?? 0,
    });
  }
  return lines;
}

/** Guests and blocked members pay full price and neither earn nor spend. */
function quoteWithoutProgram(
  input: QuoteInput,
  limit: SpendLimitRule,
  reason: Reason,
  potential: Quote["potential"],
): Quote {
  const work = createWork({ ...input, versions: [] }, BLANK_MEMBER);
  const requested = input.context.pointsToSpend ?? 0;
  return {
    currency: input.cart.currency,
    lines: buildLines(work),
    totals: {
      subtotal: work.subtotal,
      lineDiscount: 0,
      orderDiscount: 0,
      discount: 0,
      pointsValue: 0,
      cashbackSpent: 0,
      total: work.subtotal,
    },
    spend: { maxPoints: 0, limit, requested, applied: 0, value: 0, reward: null, pointsTotal: 0 },
    earn: { points: 0, lots: [] },
    cashback: { maxSpend: 0, applied: 0, earned: 0, lots: [] },
    tier: null,
    perks: { freeShipping: false, items: [] },
    potential,
    reasons: [reason, { key: `spend.limit.${limit}`, params: {} }],
  };
}
