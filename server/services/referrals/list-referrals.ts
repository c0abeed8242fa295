import { aliasedTable, and, count, desc, eq, type SQL } from "drizzle-orm";
import { z } from "zod";
import { members, referralStatuses, referrals } from "@/db/schema";
import type { ServiceContext } from "../context";

export const ListReferralsInput = z.object({
  status: z.enum(referralStatuses).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).default(1).catch(1),
  pageSize: z.coerce.number().int().min(5).max(100).default(25).catch(25),
});
export type ListReferralsInput = z.input<typeof ListReferralsInput>;

const referrer = aliasedTable(members, "referrer");
const friend = aliasedTable(members, "friend");

/** Newest first: who invited whom, the status and, for a blocked one, why. */
export async function listReferrals({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: ListReferralsInput;
}) {
  const { status, page, pageSize } = ListReferralsInput.parse(input);
  const conditions: SQL[] = [eq(referrals.merchantId, ctx.merchantId)];
  if (status) conditions.push(eq(referrals.status, status));
  const where = and(...conditions);
  const rows = await ctx.db
    .select({
      id: referrals.id,
      status: referrals.status,
      blockReason: referrals.blockReason,
      createdAt: referrals.createdAt,
      closedAt: referrals.closedAt,
      friendPoints: referrals.friendPoints,
      referrerPoints: referrals.referrerPoints,
      firstOrderAmount: referrals.firstOrderAmount,
      firstOrderPaidAt: referrals.firstOrderPaidAt,
      referrer: { id: referrer.id, externalId: referrer.externalId, name: referrer.name },
      friend: { id: friend.id, externalId: friend.externalId, name: friend.name },
    })
    .from(referrals)
    .innerJoin(
      referrer,
      and(
        eq(referrer.merchantId, referrals.merchantId),
        eq(referrer.id, referrals.referrerMemberId),
      ),
    )
    .innerJoin(
      friend,
      and(eq(friend.merchantId, referrals.merchantId), eq(friend.id, referrals.friendMemberId)),
    )
    .where(where)
    .orderBy(desc(referrals.createdAt), desc(referrals.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const [total] = await ctx.db.select({ n: count() }).from(referrals).where(where);
  return { rows, total: total?.n ?? 0, page, pageSize };
}
