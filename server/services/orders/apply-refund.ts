import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { Tx } from "@/db/database";
import { orderRefunds, orders } from "@/db/schema";
import { computeRefund, type DebtPolicy, type OrderSnapshot, type Refund } from "@/server/engine";
import { InvalidInput } from "@/server/errors";
import type { Actor } from "../context";
import type { MemberKey } from "../ledger/lock-balance";
import { queueEntries } from "../ledger/queue-entries";
import { returnSpent } from "../ledger/return-spent";
import { reverseCashback } from "../ledger/reverse-cashback";
import { reverseEarned } from "../ledger/reverse-earned";
import type { WriteBatch } from "../ledger/write-batch";
import { queueOrderCount } from "../stats/count-order";
import type { OrderRow } from "./order-result";
import { isFullyRefunded, refundedSpend } from "./refund-share";

export type RefundSummary = {
  refundId: string | null;
  isNoop: boolean;
  cash: number;
  pointsReversed: number;
  pointsReturned: number;
  cashbackReversed: number;
  debtRecorded: number;
  writtenOff: number;
};

type Options = { key: MemberKey; actor: Actor; now: Date; timezone: string; policy: DebtPolicy };

/**
 * Refunds part or all of a paid order with the figures stored at payment (the engine computes
 * cumulative differences, so repeated partial refunds never exceed the order). Caller holds
 * the member lock and the order row lock.
 */
export async function applyRefund(
  tx: Tx,
  batch: WriteBatch,
  order: OrderRow,
  refund: Refund,
  o: Options,
) {
  const snapshot = order.snapshot as OrderSnapshot | null;
  if (!snapshot) throw new InvalidInput("Only a paid order can be refunded");
  const computed = computeRefund(snapshot, refund);
  if (!computed.ok)
    throw new InvalidInput(`Refund rejected: ${computed.error.key}`, {
      refund: [computed.error.key],
    });
  const outcome = computed.value;
  const none: RefundSummary = {
    refundId: null,
    isNoop: true,
    cash: 0,
    pointsReversed: 0,
    pointsReturned: 0,
    cashbackReversed: 0,
    debtRecorded: 0,
    writtenOff: 0,
  };
  if (outcome.isNoop) return { order, summary: none };

  const reversal = await reverseEarned(tx, batch, o.key, {
    orderId: order.id,
    reversals: outcome.pointsToReverse,
    now: o.now,
    policy: o.policy,
  });
  const spentOrder = { id: order.id, paidAt: order.paidAt ?? o.now, spentLots: snapshot.spentLots };
  const returned = await returnSpent(tx, batch, o.key, spentOrder, outcome.pointsToReturn);
  const cashback = await reverseCashback(tx, batch, o.key, order.id, outcome.cashbackToReverse);
  queueEntries(batch, { ...o.key, actor: o.actor, at: o.now }, [
    ...reversal.entries,
    ...returned,
    ...cashback,
  ]);

  const summary: RefundSummary = {
    refundId: null,
    isNoop: false,
    cash: outcome.cash,
    pointsReversed: reversal.reversed,
    pointsReturned: returned.reduce((sum, e) => sum + e.amount, 0),
    cashbackReversed: -cashback.reduce((sum, e) => sum + e.amount, 0),
    debtRecorded: reversal.debt,
    writtenOff: reversal.dropped,
  };
  const refundId = randomUUID();
  const record = tx.insert(orderRefunds).values({
    id: refundId,
    merchantId: order.merchantId,
    orderId: order.id,
    lines: refund,
    amount: outcome.cash,
    earnedReversed: summary.pointsReversed,
    spentReturned: summary.pointsReturned,
    cashbackReversed: summary.cashbackReversed,
    debtRecorded: summary.debtRecorded,
    createdAt: o.now,
  });
  batch.add(record, []);

  const isFull = isFullyRefunded(outcome.snapshot);
  const refundedAmount = order.refundedAmount + outcome.cash;
  const spend = order.subtotal - order.discount;
  const spendBefore = refundedSpend(spend, order.total, order.refundedAmount, false);
  const spendAfter = refundedSpend(spend, order.total, refundedAmount, isFull);
  queueOrderCount(batch, o.key, {
    spend: -(spendAfter - spendBefore),
    orders: isFull ? -1 : 0,
    paidAt: order.paidAt ?? o.now,
    timezone: o.timezone,
  });
  const changes = {
    snapshot: outcome.snapshot,
    refundedAmount,
    ...(isFull ? { status: "refunded" as const, closedAt: o.now } : {}),
  };
  const update = tx
    .update(orders)
    .set(changes)
    .where(and(eq(orders.merchantId, order.merchantId), eq(orders.id, order.id)));
  batch.add(update, [`order:${order.id}`]);
  return { order: { ...order, ...changes }, summary: { ...summary, refundId } };
}
