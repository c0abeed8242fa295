import { and, asc, count, eq, gte, inArray, isNotNull, min, sql } from "drizzle-orm";
import type { Tx } from "@/db/database";
import { buyerFingerprints, members, orderRefunds, orders, referrals } from "@/db/schema";
import type { ReferralFacts } from "@/server/engine";

type Referral = typeof referrals.$inferSelect;

/** Everything decideReferral needs about one referral, read inside the job's transaction. */
export async function loadReferralFacts(
  tx: Tx,
  referral: Referral,
  monthStart: Date,
): Promise<ReferralFacts & { orderId: string | null }> {
  const { merchantId } = referral;
  const [friend] = await tx
    .select({ firstOrderAt: members.firstOrderAt })
    .from(members)
    .where(and(eq(members.merchantId, merchantId), eq(members.id, referral.friendMemberId)));
  const [order] = await tx
    .select({
      id: orders.id,
      paidAt: orders.paidAt,
      amount: sql<number>`${orders.subtotal} - ${orders.discount}`.mapWith(Number),
    })
    .from(orders)
    .where(
      and(
        eq(orders.merchantId, merchantId),
        eq(orders.memberId, referral.friendMemberId),
        inArray(orders.status, ["paid", "refunded"]),
        isNotNull(orders.paidAt),
      ),
    )
    .orderBy(asc(orders.paidAt))
    .limit(1);
  const [refund] = order
    ? await tx
        .select({ at: min(orderRefunds.createdAt) })
        .from(orderRefunds)
        .where(and(eq(orderRefunds.merchantId, merchantId), eq(orderRefunds.orderId, order.id)))
    : [];
  const [rewarded] = await tx
    .select({ n: count() })
    .from(referrals)
    .where(
      and(
        eq(referrals.merchantId, merchantId),
        eq(referrals.referrerMemberId, referral.referrerMemberId),
        eq(referrals.status, "rewarded"),
        gte(referrals.closedAt, monthStart),
      ),
    );
  return {
    orderId: order?.id ?? null,
    referredAt: referral.createdAt,
    friendFirstOrderAt: friend?.firstOrderAt ?? null,
    order:
      order?.paidAt != null
        ? { paidAt: order.paidAt, amount: order.amount, firstRefundAt: refund?.at ?? null }
        : null,
    isPaidByReferrer: await sharesFingerprint(tx, referral),
    rewardedThisMonth: rewarded?.n ?? 0,
  };
}

/** The friend was seen with a card or device the referrer also used. */
async function sharesFingerprint(tx: Tx, referral: Referral) {
  const ofMember = (memberId: string) =>
    tx
      .select({ kind: buyerFingerprints.kind, value: buyerFingerprints.value })
      .from(buyerFingerprints)
      .where(
        and(
          eq(buyerFingerprints.merchantId, referral.merchantId),
          eq(buyerFingerprints.memberId, memberId),
        ),
      );
  const friend = await ofMember(referral.friendMemberId);
  const referrer = await ofMember(referral.referrerMemberId);
  const known = new Set(referrer.map((p) => `${p.kind}:${p.value}`));
  return friend.some((p) => known.has(`${p.kind}:${p.value}`));
}
