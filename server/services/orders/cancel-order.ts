import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { orders } from "@/db/schema";
import { NotFound } from "@/server/errors";
import type { ServiceContext } from "../context";
import { runIdempotent } from "../idempotency/run-idempotent";
import { lockBalance } from "../ledger/lock-balance";
import { queueEntries } from "../ledger/queue-entries";
import { releaseOrderHolds } from "../ledger/release-order-holds";
import { getLoyaltySettings } from "../settings/get-loyalty-settings";
import { getStoreTimezone } from "../settings/get-store-timezone";
import { applyRefund } from "./apply-refund";
import { findOrder, findReservedCart } from "./find-order";
import { CartId, ExternalOrderId, IdempotencyKey } from "./order-input";
import { describeOrder, type OrderResult, type OrderRow } from "./order-result";

export const CancelOrderInput = z
  .object({
    idempotencyKey: IdempotencyKey,
    orderId: ExternalOrderId.optional(),
    cartId: CartId.optional(),
  })
  .refine((c) => Boolean(c.orderId) !== Boolean(c.cartId), {
    error: "Name the order by orderId or by cartId",
  });
export type CancelOrderInput = z.input<typeof CancelOrderInput>;

/**
 * Cancels an order at any stage: an unpaid one releases its held points; a paid one is
 * refunded in full (pending earns voided, spent points returned) and then marked cancelled.
 */
export async function cancelOrder({
  ctx,
  input,
  now = new Date(),
}: {
  ctx: ServiceContext;
  input: CancelOrderInput;
  now?: Date;
}): Promise<OrderResult> {
  const { idempotencyKey, ...request } = CancelOrderInput.parse(input);
  const call = { ctx, key: idempotencyKey, operation: "orders.cancel", input: request };
  return runIdempotent(call, async (tx, batch) => {
    const { merchantId } = ctx;
    const lookup = (lock: boolean) =>
      request.orderId
        ? findOrder(tx, merchantId, request.orderId, lock)
        : findReservedCart(tx, merchantId, request.cartId ?? "").then((o) => o ?? notFound());
    const found = await lookup(false);
    const key = { merchantId, memberId: found.memberId };
    await lockBalance(tx, key);
    const order = await lookup(true);
    if (order.status === "cancelled" || order.status === "refunded") return describeOrder(order);
    let current: OrderRow = order;
    if (order.status === "paid") {
      const { debtPolicy } = await getLoyaltySettings(tx, merchantId);
      const timezone = await getStoreTimezone(tx, merchantId);
      const all = (order.lines as { quantity: number }[]).map((line, index) => ({
        index,
        quantity: line.quantity,
      }));
      const refund = { kind: "lines" as const, lines: all };
      current = (
        await applyRefund(tx, batch, order, refund, {
          key,
          actor: ctx.actor,
          now,
          timezone,
          policy: debtPolicy,
        })
      ).order;
    } else {
      const entries = await releaseOrderHolds(tx, batch, key, order.id, {
        now,
        reason: "order cancelled",
      });
      queueEntries(batch, { ...key, actor: ctx.actor, at: now }, entries);
    }
    // The refund queued its own update of this order row; a row is written once per batch.
    await batch.flush(tx);
    const [cancelled] = await tx
      .update(orders)
      .set({ status: "cancelled", closedAt: now })
      .where(and(eq(orders.merchantId, merchantId), eq(orders.id, current.id)))
      .returning();
    if (!cancelled) throw new Error("Order was not saved");
    return describeOrder(cancelled);
  });
}

function notFound(): never {
  throw new NotFound("Order not found");
}
