import { z } from "zod";
import type { ServiceContext } from "../context";
import { getStoreTimezone } from "../settings/get-store-timezone";
import { describeMemberTier } from "./describe-member-tier";
import { findMember } from "./find-member";
import { getMemberBalance } from "./get-balance";
import { listExpiringLots } from "./list-expiring-lots";

export const MemberIdInput = z.object({ memberId: z.string().min(1) });

/** The member page: contact data, tier and progress, every balance, points about to expire. */
export async function getMember({
  ctx,
  input,
  now = new Date(),
}: {
  ctx: ServiceContext;
  input: z.infer<typeof MemberIdInput>;
  now?: Date;
}) {
  const member = await findMember({ ctx, ref: { memberId: input.memberId } });
  const timezone = await getStoreTimezone(ctx.db, ctx.merchantId);
  const key = { merchantId: ctx.merchantId, memberId: member.id };
  const [balance, tier, expiring] = await Promise.all([
    getMemberBalance({ ctx, member: { memberId: member.id }, now }),
    describeMemberTier(ctx, member, { now, timezone }),
    listExpiringLots(ctx.db, key, now),
  ]);
  return {
    member: {
      id: member.id,
      externalId: member.externalId,
      cardNumber: member.cardNumber,
      name: member.name,
      email: member.email,
      phone: member.phone,
      birthday: member.birthday,
      tier: member.tier,
      isBlocked: member.isBlocked,
      consent: {
        email: member.emailConsent,
        emailAt: member.emailConsentAt,
        emailSource: member.emailConsentSource,
        sms: member.smsConsent,
        smsAt: member.smsConsentAt,
        smsSource: member.smsConsentSource,
      },
      joinedAt: member.joinedAt,
      ordersCount: member.ordersCount,
      totalSpent: member.totalSpent,
      firstOrderAt: member.firstOrderAt,
      lastOrderAt: member.lastOrderAt,
    },
    balance,
    tier,
    expiring,
  };
}
