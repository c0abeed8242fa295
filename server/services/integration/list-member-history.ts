import { and, eq, inArray } from "drizzle-orm";
import { orders } from "@/db/schema";
import type { ServiceContext } from "../context";
import { listLedger } from "../members/list-ledger";

/** One page of the member's ledger, newest first, naming orders by the store's own numbers. */
export async function listMemberHistory({
  ctx,
  externalId,
  limit,
  before,
}: {
  ctx: ServiceContext;
  externalId: string;
  limit: number;
  before?: number;
}) {
  const entries = await listLedger({ ctx, member: { externalId }, limit, before });
  const orderIds = [...new Set(entries.flatMap((e) => (e.orderId ? [e.orderId] : [])))];
  const numbers =
    orderIds.length === 0
      ? []
      : await ctx.db
          .select({ id: orders.id, externalId: orders.externalId })
          .from(orders)
          .where(and(eq(orders.merchantId, ctx.merchantId), inArray(orders.id, orderIds)));
  const numberOf = new Map(numbers.map((o) => [o.id, o.externalId]));
  const last = entries.at(-1);
  return {
    entries: entries.map((e) => ({
      id: e.id,
      at: e.createdAt.toISOString(),
      kind: e.kind,
      amount: e.amount,
      available: e.available,
      pending: e.pending,
      held: e.held,
      reason: e.reason,
      orderId: e.orderId ? (numberOf.get(e.orderId) ?? null) : null,
    })),
    nextBefore: last && entries.length === limit ? last.id : null,
  };
}
