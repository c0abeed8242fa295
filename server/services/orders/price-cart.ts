import {
  type CartLine,
  type MemberStats,
  type ProgramVersion,
  type Quote,
  quote,
} from "@/server/engine";
import type { Buyer } from "./load-buyer";

export type PriceRequest = {
  buyer: Buyer;
  versions: readonly ProgramVersion[];
  stats: MemberStats;
  lines: CartLine[];
  now: Date;
  pointsToSpend?: number;
  rewardId?: string;
  /** Points that become spendable before the spend (expired holds about to be released). */
  extraSpendable?: number;
};

/** Adapts stored member state to the engine's MemberState and prices the cart. */
export function priceCart(request: PriceRequest): Quote {
  const { buyer, versions, stats, lines, now } = request;
  const { member, balance } = buyer;
  const birthday = member.birthday;
  return quote({
    versions,
    member: {
      tierId: member.tier,
      availablePoints: buyer.spendable + (request.extraSpendable ?? 0),
      pendingPoints: balance.pending,
      cashbackBalance: balance.cashback,
      stats,
      birthDate: birthday
        ? { month: Number(birthday.slice(5, 7)), day: Number(birthday.slice(8, 10)) }
        : null,
      clubProgramIds: buyer.clubProgramIds,
      isReferredNewcomer: member.isReferred && member.ordersCount === 0,
      isBlocked: member.isBlocked,
    },
    cart: { currency: buyer.currency, lines },
    context: {
      now,
      timezone: buyer.timezone,
      pointsToSpend: request.pointsToSpend ?? 0,
      rewardId: request.rewardId,
    },
  });
}
