import { and, desc, eq, gte, lt, type SQL, sql } from "drizzle-orm";
import { z } from "zod";
import { fromZonedLocal } from "@/components/format/zoned-time";
import { members, orderStatuses, orders } from "@/db/schema";
import type { ServiceContext } from "../context";
import { isUuid } from "../is-uuid";
import { getStoreTimezone } from "../settings/get-store-timezone";

const Day = z.iso.date().optional().catch(undefined);

export const ListOrdersInput = z.object({
  status: z.enum(orderStatuses).optional().catch(undefined),
  from: Day,
  to: Day,
  memberId: z.string().trim().optional().catch(undefined),
  /** The store's order id, or the start of it. */
  q: z.string().trim().max(200).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).default(1).catch(1),
  pageSize: z.coerce.number().int().min(10).max(200).default(50).catch(50),
});
export type ListOrdersInput = z.input<typeof ListOrdersInput>;

/** Newest orders first, by the (merchant_id, created_at) index; dates are store-local days. */
export async function listOrders({ ctx, input }: { ctx: ServiceContext; input: ListOrdersInput }) {
  const { status, from, to, memberId, q, page, pageSize } = ListOrdersInput.parse(input);
  const timezone = await getStoreTimezone(ctx.db, ctx.merchantId);
  const conditions: (SQL | undefined)[] = [eq(orders.merchantId, ctx.merchantId)];
  if (status) conditions.push(eq(orders.status, status));
  // The status index leaves paid orders out; a literal lets the planner see that a parameter
  // naming another status fits it.
  if (status && status !== "paid") conditions.push(sql`${orders.status} <> 'paid'`);
  const start = from ? fromZonedLocal(from, timezone) : null;
  if (start) conditions.push(gte(orders.createdAt, start));
  const end = to ? fromZonedLocal(to, timezone) : null;
  if (end) conditions.push(lt(orders.createdAt, new Date(end.getTime() + 86_400_000)));
  if (memberId) conditions.push(isUuid(memberId) ? eq(orders.memberId, memberId) : sql`false`);
  if (q)
    conditions.push(sql`${orders.externalId} like ${`${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}`);
  const where = and(...conditions);
  const memberJoin = and(
    eq(members.merchantId, orders.merchantId),
    eq(members.id, orders.memberId),
  );
  const [rows, [count]] = await Promise.all([
    ctx.db
      .select({
        id: orders.id,
        externalId: orders.externalId,
        status: orders.status,
        memberId: orders.memberId,
        memberName: members.name,
        memberExternalId: members.externalId,
        subtotal: orders.subtotal,
        discount: orders.discount,
        redeemedPoints: orders.redeemedPoints,
        earnedPoints: orders.earnedPoints,
        total: orders.total,
        refundedAmount: orders.refundedAmount,
        createdAt: orders.createdAt,
        paidAt: orders.paidAt,
      })
      .from(orders)
      .innerJoin(members, memberJoin)
      .where(where)
      .orderBy(desc(orders.createdAt), desc(orders.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    ctx.db.select({ total: sql<number>`count(*)::int` }).from(orders).where(where),
  ]);
  return { rows, total: count?.total ?? 0, page, pageSize };
}
