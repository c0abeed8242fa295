import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { holds, orders } from "@/db/schema";
import { Conflict, NotFound } from "@/server/errors";
import type { ServiceContext } from "../context";
import { runIdempotent } from "../idempotency/run-idempotent";
import { isUniqueViolation } from "../is-unique-violation";
import { lockBalance } from "../ledger/lock-balance";
import { getLoyaltySettings } from "../settings/get-loyalty-settings";
import { findReservedCart } from "./find-order";
import { CartId, ExternalOrderId, IdempotencyKey } from "./order-input";
import { describeOrder, type OrderResult } from "./order-result";

export const ConfirmOrderInput = z.object({
  idempotencyKey: IdempotencyKey,
  cartId: CartId,
  orderId: ExternalOrderId,
});
export type ConfirmOrderInput = z.input<typeof ConfirmOrderInput>;

/**
 * The store placed the order: the reservation gets the store's order id, and its hold now
 * lasts until payment may reasonably arrive (placedHoldDays) instead of the short cart TTL.
 */
export async function confirmOrder({
  ctx,
  input,
  now = new Date(),
}: {
  ctx: ServiceContext;
  input: ConfirmOrderInput;
  now?: Date;
}): Promise<OrderResult> {
  const { idempotencyKey, ...request } = ConfirmOrderInput.parse(input);
  const call = { ctx, key: idempotencyKey, operation: "orders.confirm", input: request };
  return runIdempotent(call, async (tx) => {
    const { merchantId } = ctx;
    const [reserved] = await tx
      .select({ memberId: orders.memberId })
      .from(orders)
      .where(
        and(
          eq(orders.merchantId, merchantId),
          eq(orders.cartId, request.cartId),
          eq(orders.status, "reserved"),
        ),
      );
    if (!reserved) throw new NotFound("No open reservation for this cart");
    await lockBalance(tx, { merchantId, memberId: reserved.memberId });
    const open = await findReservedCart(tx, merchantId, request.cartId);
    if (!open) throw new NotFound("No open reservation for this cart");
    const [placed] = await tx
      .update(orders)
      .set({ externalId: request.orderId, status: "placed", placedAt: now })
      .where(and(eq(orders.merchantId, merchantId), eq(orders.id, open.id)))
      .returning()
      .catch((error: unknown) => {
        if (isUniqueViolation(error))
          throw new Conflict("This order id is already used by another order");
        throw error;
      });
    if (!placed) throw new Error("Order was not saved");
    const { placedHoldDays } = await getLoyaltySettings(tx, merchantId);
    await tx
      .update(holds)
      .set({ expiresAt: new Date(now.getTime() + placedHoldDays * 86_400_000) })
      .where(
        and(
          eq(holds.merchantId, merchantId),
          eq(holds.orderId, open.id),
          eq(holds.status, "active"),
        ),
      );
    return describeOrder(placed);
  });
}
