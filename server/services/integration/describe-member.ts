import { and, eq } from "drizzle-orm";
import { memberCards, members } from "@/db/schema";
import { NotFound } from "@/server/errors";
import type { ServiceContext } from "../context";
import { describeConsent } from "../members/describe-consent";
import { findMember } from "../members/find-member";
import { getMemberBalance } from "../members/get-balance";
import { listActiveVersions } from "../programs/list-active-versions";

/** Profile, tier (with its display name), balances and lifetime figures of one member. */
export async function describeMember({
  ctx,
  externalId,
  now = new Date(),
}: {
  ctx: ServiceContext;
  externalId: string;
  now?: Date;
}) {
  return describeFoundMember({ ctx, member: await findMember({ ctx, ref: { externalId } }), now });
}

/** The same answer for a member found another way (their loyalty card's number). */
export async function describeMemberByCard({
  ctx,
  cardNumber,
  now = new Date(),
}: {
  ctx: ServiceContext;
  cardNumber: string;
  now?: Date;
}) {
  const [found] = await ctx.db
    .select({ member: members })
    .from(memberCards)
    .innerJoin(
      members,
      and(eq(members.merchantId, memberCards.merchantId), eq(members.id, memberCards.memberId)),
    )
    .where(and(eq(memberCards.merchantId, ctx.merchantId), eq(memberCards.cardNumber, cardNumber)));
  const member = found?.member;
  if (!member) throw new NotFound("No member has this card number");
  return describeFoundMember({ ctx, member, now });
}

async function describeFoundMember({
  ctx,
  member,
  now,
}: {
  ctx: ServiceContext;
  member: typeof members.$inferSelect;
  now: Date;
}) {
  const [balance, versions] = await Promise.all([
    getMemberBalance({ ctx, member: { memberId: member.id }, now }),
    member.tier ? listActiveVersions({ ctx }) : [],
  ]);
  const levels = versions.flatMap(({ config }) =>
    "tiers" in config && config.tiers ? config.tiers.levels : [],
  );
  const tierName = levels.find((level) => level.id === member.tier)?.name;
  const { memberId: _, ...balances } = balance;
  return {
    externalId: member.externalId,
    cardNumber: member.cardNumber,
    name: member.name,
    email: member.email,
    phone: member.phone,
    birthday: member.birthday,
    isBlocked: member.isBlocked,
    joinedAt: member.joinedAt.toISOString(),
    consent: describeConsent(member),
    tier: member.tier ? { id: member.tier, name: tierName ?? member.tier } : null,
    balance: balances,
    stats: {
      ordersCount: member.ordersCount,
      totalSpent: member.totalSpent,
      firstOrderAt: member.firstOrderAt?.toISOString() ?? null,
      lastOrderAt: member.lastOrderAt?.toISOString() ?? null,
    },
  };
}
