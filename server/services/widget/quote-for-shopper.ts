import type { CartLine } from "@/server/engine";
import { NotFound } from "@/server/errors";
import { findClubPrograms } from "../club/find-club-programs";
import type { ServiceContext } from "../context";
import type { Shopper } from "../integration/verify-shopper-token";
import { loadBuyer } from "../orders/load-buyer";
import { priceForBuyer } from "../orders/price-for-buyer";
import { describeInvite } from "./describe-invite";
import { enrollShopper } from "./enroll-shopper";
import { loadExpiringPoints } from "./load-expiring-points";

/**
 * quoteOrder's pricing (priceForBuyer), plus what the widget shows of the member (name, balance, points about
 * to expire, their invite link). A known shopper costs one cached-statement read (two when their expiring points
 * are not in the minute-long cache); versions come from the process cache. Writes only to
 * enroll a shopper seen for the first time.
 */
export async function quoteForShopper({
  ctx,
  shopper,
  lines,
  pointsToSpend,
  referralCode,
  now = new Date(),
}: {
  ctx: ServiceContext;
  shopper: Shopper;
  lines: CartLine[];
  pointsToSpend: number;
  /** Applied only when this quote enrolls the shopper. */
  referralCode?: string;
  now?: Date;
}) {
  const { merchantId, db } = ctx;
  const [buyer, expiringSoon] = await Promise.all([
    loadOrEnroll(ctx, shopper, referralCode, now),
    loadExpiringPoints(db, merchantId, shopper.customerId, now),
  ]);
  const { quote, versions, extraSpendable } = await priceForBuyer({
    db,
    merchantId,
    buyer,
    lines,
    now,
    pointsToSpend,
  });
  const available = buyer.spendable + extraSpendable;
  const expiring = expiringSoon && {
    ...expiringSoon,
    points: Math.min(expiringSoon.points, available),
  };
  return {
    quote,
    versions,
    referral: await describeInvite(ctx, buyer.member.id, versions),
    member: {
      id: buyer.member.id,
      name: buyer.member.name,
      pageLinkGeneration: buyer.member.pageLinkGeneration,
    },
    clubOffers: findClubPrograms(versions)
      .filter((club) => buyer.clubProgramIds.includes(club.programId))
      .flatMap((club) => club.club.offers),
    balance: { available, pending: buyer.balance.pending },
    expiringSoon: expiring?.points ? expiring : null,
  };
}

async function loadOrEnroll(
  ctx: ServiceContext,
  shopper: Shopper,
  referralCode: string | undefined,
  now: Date,
) {
  const ref = { externalId: shopper.customerId };
  try {
    return await loadBuyer(ctx.db, ctx.merchantId, ref, now);
  } catch (error) {
    if (!(error instanceof NotFound)) throw error;
    await enrollShopper(ctx, shopper, { referralCode, now });
    return loadBuyer(ctx.db, ctx.merchantId, ref, now);
  }
}
