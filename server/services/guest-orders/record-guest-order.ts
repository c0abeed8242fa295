import { sql } from "drizzle-orm";
import type { ServiceContext } from "../context";
import { runIdempotent } from "../idempotency/run-idempotent";
import { findGuestOrder } from "./find-guest-order";
import { type GuestOrderOutput, RecordGuestOrderInput } from "./guest-order-input";

/**
 * A paid order of a buyer outside the program, for the dashboard's members-vs-non-members
 * comparison. The same order id reported again (under any key) is kept as first recorded.
 */
export async function recordGuestOrder({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: RecordGuestOrderInput;
}): Promise<GuestOrderOutput> {
  const { idempotencyKey, ...request } = RecordGuestOrderInput.parse(input);
  const call = { ctx, key: idempotencyKey, operation: "guestOrders.record", input: request };
  return runIdempotent(call, async (tx) => {
    await tx.execute(sql`insert into guest_orders
        (merchant_id, external_id, customer_ref, amount, paid_at)
      values (${ctx.merchantId}, ${request.orderId}, ${request.customerRef}, ${request.amount},
        ${request.paidAt.toISOString()})
      on conflict (merchant_id, external_id) do nothing`);
    return findGuestOrder(tx, ctx.merchantId, request.orderId);
  });
}
