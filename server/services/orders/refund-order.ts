import { z } from "zod";
import type { Refund } from "@/server/engine";
import { Conflict, InvalidInput } from "@/server/errors";
import type { ServiceContext } from "../context";
import { runIdempotent } from "../idempotency/run-idempotent";
import { lockBalance } from "../ledger/lock-balance";
import { getLoyaltySettings } from "../settings/get-loyalty-settings";
import { getStoreTimezone } from "../settings/get-store-timezone";
import { applyRefund, type RefundSummary } from "./apply-refund";
import { findOrder } from "./find-order";
import { ExternalOrderId, IdempotencyKey } from "./order-input";
import { describeOrder, type OrderResult, type OrderRow } from "./order-result";

export const RefundOrderInput = z
  .object({
    idempotencyKey: IdempotencyKey,
    orderId: ExternalOrderId,
    /** Lines by SKU and quantity; or `amount` in minor units; neither refunds the whole order. */
    lines: z
      .array(z.object({ sku: z.string().min(1), quantity: z.number().int().min(1) }))
      .min(1)
      .optional(),
    amount: z.number().int().min(1).optional(),
  })
  .refine((r) => !(r.lines && r.amount), { error: "Refund either lines or an amount, not both" });
export type RefundOrderInput = z.input<typeof RefundOrderInput>;

export type RefundResult = OrderResult & { refund: RefundSummary };

/** Full or partial refund; refunding what was already refunded changes nothing. */
export async function refundOrder({
  ctx,
  input,
  now = new Date(),
}: {
  ctx: ServiceContext;
  input: RefundOrderInput;
  now?: Date;
}): Promise<RefundResult> {
  const { idempotencyKey, ...request } = RefundOrderInput.parse(input);
  const call = { ctx, key: idempotencyKey, operation: "orders.refund", input: request };
  return runIdempotent(call, async (tx, batch) => {
    const { merchantId } = ctx;
    const found = await findOrder(tx, merchantId, request.orderId);
    const key = { merchantId, memberId: found.memberId };
    await lockBalance(tx, key);
    const order = await findOrder(tx, merchantId, request.orderId, true);
    if (order.status !== "paid" && order.status !== "refunded") {
      throw new Conflict(`A ${order.status} order has nothing to refund; cancel it instead`);
    }
    const { debtPolicy } = await getLoyaltySettings(tx, merchantId);
    const timezone = await getStoreTimezone(tx, merchantId);
    const refund = toRefund(order, request);
    const applied = await applyRefund(tx, batch, order, refund, {
      key,
      actor: ctx.actor,
      now,
      timezone,
      policy: debtPolicy,
    });
    return { ...describeOrder(applied.order), refund: applied.summary };
  });
}

function toRefund(
  order: OrderRow,
  request: { lines?: { sku: string; quantity: number }[]; amount?: number },
): Refund {
  if (request.amount !== undefined) return { kind: "amount", amount: request.amount };
  const stored = order.lines as { sku: string; quantity: number }[];
  if (!request.lines) {
    return {
      kind: "lines",
      lines: stored.map((line, index) => ({ index, quantity: line.quantity })),
    };
  }
  const lines: { index: number; quantity: number }[] = [];
  for (const wanted of request.lines) {
    let left = wanted.quantity;
    stored.forEach((line, index) => {
      if (line.sku !== wanted.sku || left === 0) return;
      const quantity = Math.min(left, line.quantity);
      lines.push({ index, quantity });
      left -= quantity;
    });
    if (left === wanted.quantity)
      throw new InvalidInput(`The order has no line with SKU ${wanted.sku}`);
  }
  return { kind: "lines", lines };
}
