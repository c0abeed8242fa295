import { sql } from "drizzle-orm";
import type { ServiceContext } from "../context";
import { runIdempotent } from "../idempotency/run-idempotent";
import { findGuestOrder } from "./find-guest-order";
import { type GuestOrderOutput, RefundGuestOrderInput } from "./guest-order-input";

/** Refunds are cumulative and clamped to what is left; no amount refunds the rest. */
export async function refundGuestOrder({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: RefundGuestOrderInput;
}): Promise<GuestOrderOutput> {
  const { idempotencyKey, ...request } = RefundGuestOrderInput.parse(input);
  const call = { ctx, key: idempotencyKey, operation: "guestOrders.refund", input: request };
  return runIdempotent(call, async (tx) => {
    const order = await findGuestOrder(tx, ctx.merchantId, request.orderId, true);
    const left = order.amount - order.refundedAmount;
    const refunded = order.refundedAmount + Math.min(left, request.amount ?? left);
    await tx.execute(sql`update guest_orders set refunded_amount = ${refunded}, updated_at = now()
      where merchant_id = ${ctx.merchantId} and external_id = ${request.orderId}`);
    return { ...order, refundedAmount: refunded };
  });
}
