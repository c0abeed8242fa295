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

// $8 is the time of quote, payment and creation alike.
const insertOrder = `insert into orders (merchant_id, id, member_id, external_id, status, lines,
  quote, snapshot, quoted_at, program_version_ids, subtotal, discount, redeemed_points,
  earned_points, cashback, total, placed_at, paid_at, created_at, updated_at)
  values ($1, $2, $3, $4, 'paid', $5::jsonb, $6::jsonb, $7::jsonb, $8, $9::uuid[], $10, $11, $12,
  $13, $14, $15, $8, $8, $8, $8)`;

/** Queues the insert of an order paid at once; returns the row as inserted (plain SQL: hot path). */
export function queuePaidOrder(batch: WriteBatch, order: PaidOrder) {
  const c = quoteColumns(order.priced, order.versions, order.now);
  const at = order.now.toISOString();
  // Version ids are uuids, so an array literal needs no escaping.
  const versionIds = `{${c.programVersionIds.join(",")}}`;
  const params = [order.merchantId, order.id, order.memberId, order.externalId];
  const json = [order.lines, order.priced, order.snapshot].map((value) => JSON.stringify(value));
  const figures = [c.subtotal, c.discount, c.redeemedPoints, c.earnedPoints, c.cashback, c.total];
  batch.add({ text: insertOrder, params: [...params, ...json, at, versionIds, ...figures] }, [
    `order:${order.id}`,
  ]);
  return {
    ...c,
    id: order.id,
    externalId: order.externalId,
    cartId: null,
    status: "paid" as const,
    refundedAmount: 0,
  };
}
