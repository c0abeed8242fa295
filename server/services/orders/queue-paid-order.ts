import { sql } from "drizzle-orm";
import type { CartLine, OrderSnapshot, ProgramVersion, Quote } from "@/server/engine";
import type { WriteBatch } from "../ledger/write-batch";
import { quoteColumns } from "./quote-columns";

type PaidOrder = {
  merchantId: string;
  id: string;
  memberId: string;
  externalId: string;
  lines: CartLine[];
  priced: Quote;
  versions: readonly ProgramVersion[];
  snapshot: OrderSnapshot;
  now: Date;
};

/** Queues the insert of an order paid at once; returns the row as inserted (plain SQL: hot path). */
export function queuePaidOrder(batch: WriteBatch, order: PaidOrder) {
  const c = quoteColumns(order.priced, order.versions, order.now);
  const at = order.now.toISOString();
  // Version ids are uuids, so an array literal needs no escaping.
  const versionIds = `{${c.programVersionIds.join(",")}}`;
  batch.add(
    sql`insert into orders (merchant_id, id, member_id, external_id, status, lines, quote, quoted_at,
      snapshot, program_version_ids, subtotal, discount, redeemed_points, earned_points, cashback,
      total, placed_at, paid_at, created_at, updated_at)
      values (${order.merchantId}, ${order.id}, ${order.memberId}, ${order.externalId}, 'paid',
      ${JSON.stringify(order.lines)}::jsonb, ${JSON.stringify(order.priced)}::jsonb, ${at},
      ${JSON.stringify(order.snapshot)}::jsonb, ${versionIds}::uuid[], ${c.subtotal}, ${c.discount},
      ${c.redeemedPoints}, ${c.earnedPoints}, ${c.cashback}, ${c.total}, ${at}, ${at}, ${at}, ${at})`,
    [`order:${order.id}`],
  );
  return {
    ...c,
    id: order.id,
    externalId: order.externalId,
    cartId: null,
    status: "paid" as const,
    refundedAmount: 0,
  };
}
