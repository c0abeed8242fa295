import type { Reward } from "../config/bonus";
import type { ProgramConfig } from "../config/program-config";
import { allocateSpend, type Lot, sumAvailable, sumPending } from "../lots";
import { quote } from "../quote";
import type { ProgramVersion } from "../quote/types";
import { BP, roundDown, roundHalfUp } from "../rounding";
import { listStatWindows, type MemberStats, type StatWindow } from "../stats";
import { evaluateTier } from "../tiers";
import type { ReplayMemberFacts, ReplayOrder, SimulationFigures } from "./types";

export type ReplaySetup = {
  /** null replays the orders with no program: revenue only. */
  version: ProgramVersion | null;
  currency: string;
  timezone: string;
  /**
   * Share of their available points a buyer offers to spend at each order, in bp, before the
   * program's cap; 10000 = pessimistic (the most allowed, as soon as allowed).
   */
  redemptionRateBp: number;
  facts?: (memberId: string) => ReplayMemberFacts | undefined;
};

type Purchase = { at: number; spend: number };

type SimMember = {
  lots: Lot[];
  tierId: string | null;
  belowSince: Date | null;
  lifetimeSpend: number;
  lifetimeOrders: number;
  /** Purchases still inside some stat window, oldest first. */
  recent: Purchase[];
  /** Redemption rate accrued over orders that could take a reward; a reward is used at BP. */
  rewardCredit: number;
};

export type Replay = {
  apply: (order: ReplayOrder) => void;
  /** Expires and re-tiers every member at `end`, then sums up; call once, after the last order. */
  finish: (end: Date) => SimulationFigures;
  /** Level index a member ended on (after finish); -1 without tiers or orders. */
  tierRankOf: (memberId: string) => number;
};

const noFacts: ReplayMemberFacts = { birthDate: null, isBlocked: false };

/**
 * Replays paid orders, in paid-at order, through one program version, keeping every buyer's
 * points lots, tier and stat windows in memory. Pure: the caller streams the orders in.
 */
export function createReplay(setup: ReplaySetup): Replay {
  const { version, timezone } = setup;
  const config = version?.config ?? null;
  const members = new Map<string, SimMember>();
  const levels = config && "tiers" in config && config.tiers ? config.tiers.levels : [];
  let nextLotId = 0;
  const totals = {
    orders: 0,
    revenue: 0,
    discount: 0,
    pointsIssued: 0,
    pointsRedeemed: 0,
    redeemedValue: 0,
    pointsExpired: 0,
    tierUpgrades: 0,
    tierDowngrades: 0,
  };

  const memberOf = (id: string): SimMember => {
    let member = members.get(id);
    if (!member) {
      member = {
        lots: [],
        tierId: null,
        belowSince: null,
        lifetimeSpend: 0,
        lifetimeOrders: 0,
        recent: [],
        rewardCredit: 0,
      };
      members.set(id, member);
    }
    return member;
  };

  const expire = (member: SimMember, now: Date) => {
    const t = now.getTime();
    let kept = 0;
    for (const lot of member.lots) {
      if (lot.remaining === 0) continue;
      if (lot.expiresAt !== null && lot.expiresAt.getTime() <= t) {
        totals.pointsExpired += lot.remaining;
        continue;
      }
      member.lots[kept++] = lot;
    }
    member.lots.length = kept;
  };

  const retier = (member: SimMember, cfg: ProgramConfig, stats: MemberStats, now: Date) => {
    const current = member.tierId ? { tierId: member.tierId, belowSince: member.belowSince } : null;
    const decision = evaluateTier(cfg, stats, current, now, timezone);
    if (!decision) return;
    if (current && decision.change === "upgrade") totals.tierUpgrades += 1;
    if (decision.change === "downgrade") totals.tierDowngrades += 1;
    member.tierId = decision.tierId;
    member.belowSince = decision.belowSince;
  };

  const apply = (order: ReplayOrder) => {
    totals.orders += 1;
    if (!config || !version) {
      for (const line of order.lines) totals.revenue += line.unitPrice * line.quantity;
      return;
    }
    const now = order.paidAt;
    const member = memberOf(order.memberId);
    expire(member, now);
    const windows = listStatWindows([config], now, timezone);
    const stats = readStats(member, windows);
    retier(member, config, stats, now);
    const available = sumAvailable(member.lots, now);
    const facts = setup.facts?.(order.memberId) ?? noFacts;
    const reward = findAffordableReward(config, available);
    if (reward) {
      member.rewardCredit = Math.min(BP, member.rewardCredit + setup.redemptionRateBp);
    }
    const rewardId = reward && member.rewardCredit >= BP ? reward.id : undefined;
    // The buyer offers this share of their balance; the program's cap may take less.
    const pointsToSpend = roundDown(available, setup.redemptionRateBp, BP);
    const q = quote({
      versions: [version],
      member: {
        tierId: member.tierId,
        availablePoints: available,
        pendingPoints: sumPending(member.lots, now),
        cashbackBalance: 0,
        stats,
        birthDate: facts.birthDate,
        clubProgramIds: [],
        isBlocked: facts.isBlocked,
      },
      cart: { currency: setup.currency, lines: order.lines },
      context: { now, timezone, pointsToSpend, rewardId },
    });
    if (q.spend.reward) member.rewardCredit -= BP;
    spendLots(member, q.spend.pointsTotal, now);
    for (const lot of q.earn.lots) {
      nextLotId += 1;
      member.lots.push({
        id: String(nextLotId),
        remaining: lot.amount,
        availableAt: lot.availableAt,
        expiresAt: lot.expiresAt,
      });
    }
    totals.revenue += q.totals.subtotal;
    totals.discount += q.totals.discount;
    totals.pointsIssued += q.earn.points;
    totals.pointsRedeemed += q.spend.pointsTotal;
    totals.redeemedValue += q.spend.value;
    recordPurchase(member, windows, now, q.totals.subtotal - q.totals.discount);
  };

  const finish = (end: Date): SimulationFigures => {
    let liabilityPoints = 0;
    const windows = config ? listStatWindows([config], end, timezone) : [];
    const counts = new Map(levels.map((l) => [l.id, 0]));
    for (const member of members.values()) {
      expire(member, end);
      for (const lot of member.lots) liabilityPoints += lot.remaining;
      if (config && levels.length > 0) {
        retier(member, config, readStats(member, windows), end);
        if (member.tierId) counts.set(member.tierId, (counts.get(member.tierId) ?? 0) + 1);
      }
    }
    const liabilityValue = liabilityPoints * pointValueOf(config);
    const cost = totals.discount + totals.redeemedValue;
    const share = (amount: number) =>
      totals.revenue > 0 ? roundHalfUp(amount, BP, totals.revenue) : 0;
    return {
      ...totals,
      liabilityPoints,
      liabilityValue,
      cost,
      costBp: share(cost),
      costWithLiabilityBp: share(cost + liabilityValue),
      tiers: levels.map((l) => ({ id: l.id, name: l.name, members: counts.get(l.id) ?? 0 })),
    };
  };

  const tierRankOf = (memberId: string) => {
    const tierId = members.get(memberId)?.tierId;
    return tierId ? levels.findIndex((l) => l.id === tierId) : -1;
  };

  return { apply, finish, tierRankOf };
}

function spendLots(member: SimMember, amount: number, now: Date) {
  if (amount === 0) return;
  const taken = allocateSpend(member.lots, amount, now);
  if (!taken.ok) throw new RangeError(`replay: spent ${amount} points the member does not have`);
  for (const { lotId, amount: part } of taken.value) {
    const lot = member.lots.find((l) => l.id === lotId);
    if (lot) lot.remaining -= part;
  }
}

function readStats(member: SimMember, windows: readonly StatWindow[]): MemberStats {
  const stats: Record<string, number> = {};
  for (const window of windows) {
    const isSpend = window.metric === "spend";
    if (!window.from) {
      stats[window.key] = isSpend ? member.lifetimeSpend : member.lifetimeOrders;
      continue;
    }
    const from = window.from.getTime();
    let sum = 0;
    for (const p of member.recent) if (p.at >= from) sum += isSpend ? p.spend : 1;
    stats[window.key] = sum;
  }
  return stats;
}

/** Keeps only purchases some window can still see: windows only move forward in time. */
function recordPurchase(member: SimMember, windows: StatWindow[], now: Date, spend: number) {
  member.lifetimeSpend += spend;
  member.lifetimeOrders += 1;
  let oldest = Number.POSITIVE_INFINITY;
  for (const w of windows) if (w.from) oldest = Math.min(oldest, w.from.getTime());
  if (oldest === Number.POSITIVE_INFINITY) return;
  let drop = 0;
  while (drop < member.recent.length && (member.recent[drop]?.at ?? 0) < oldest) drop += 1;
  if (drop > 0) member.recent.splice(0, drop);
  member.recent.push({ at: now.getTime(), spend });
}

/** The dearest reward the balance covers: a buyer who redeems takes the biggest benefit. */
function findAffordableReward(config: ProgramConfig, available: number): Reward | null {
  if (!("bonus" in config) || !config.bonus) return null;
  let best: Reward | null = null;
  for (const reward of config.bonus.redemption.rewards) {
    if (reward.points <= available && (!best || reward.points > best.points)) best = reward;
  }
  return best;
}

function pointValueOf(config: ProgramConfig | null): number {
  if (!config || !("bonus" in config) || !config.bonus) return 0;
  return config.bonus.pointValue;
}
