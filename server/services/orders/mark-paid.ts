import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { Tx } from "@/db/database";
import { orders } from "@/db/schema";
import { Conflict, NotFound } from "@/server/errors";
import type { ServiceContext } from "../context";
import { runGrouped } from "../idempotency/run-grouped";
import { runIdempotent } from "../idempotency/run-idempotent";
import { isUniqueViolation } from "../is-unique-violation";
import type { WriteBatch } from "../ledger/write-batch";
import { findMember } from "../members/find-member";
import { type Fingerprint, recordFingerprints } from "../referrals/record-fingerprints";
import { BuyerPrints } from "../referrals/referral-input";
import { type LockedBuyer, lockBuyer } from "./lock-buyer";
import { ExternalOrderId, IdempotencyKey, MemberRefInput, OrderLines } from "./order-input";
import { describeOrder, type OrderResult } from "./order-result";
import { payNewOrder } from "./pay-new-order";
import { payPlacedOrder } from "./pay-placed-order";

export const MarkPaidInput = z.object({
  idempotencyKey: IdempotencyKey,
  orderId: ExternalOrderId,
  /** Only for an order that was never reserved: who bought what, and the points to spend. */
  member: MemberRefInput.optional(),
  lines: OrderLines.optional(),
  pointsToSpend: z.number().int().min(0).max(1e12).optional(),
  rewardId: z.string().optional(),
  /** The payer's card and device as the store saw them: read only by referral fraud checks. */
  buyer: BuyerPrints.optional(),
});
export type MarkPaidInput = z.input<typeof MarkPaidInput>;
type Request = Omit<z.infer<typeof MarkPaidInput>, "idempotencyKey">;

/** The payment event: spends the held (or requested) points and books what the order earns. */
export async function markOrderPaid({
  ctx,
  input,
  now = new Date(),
}: {
  ctx: ServiceContext;
  input: MarkPaidInput;
  now?: Date;
}): Promise<OrderResult> {
  const { idempotencyKey, ...request } = MarkPaidInput.parse(input);
  const call = { ctx, key: idempotencyKey, operation: "orders.paid", input: request };
  const { member, lines } = request;
  const effect = async (tx: Tx, batch: WriteBatch, locked: LockedBuyer | undefined) => {
    const created =
      member && lines && locked
        ? await payNewOrder(
            tx,
            batch,
            ctx,
            {
              ...request,
              member,
              lines,
              externalId: request.orderId,
              pointsToSpend: request.pointsToSpend ?? 0,
            },
            locked,
            now,
          )
        : null;
    const paid = created ?? (await payExisting(tx, batch, ctx, request, now));
    const prints = printsOf(request.buyer);
    if (prints.length > 0) {
      const memberId = locked?.buyer.member.id ?? (await findPayer(tx, ctx, request.orderId));
      if (memberId) await recordFingerprints(tx, { merchantId: ctx.merchantId, memberId }, prints);
    }
    return paid;
  };
  // A new order's buyer is locked and their lots read along with the key's claim; new orders
  // of different members that arrive together share a transaction (runGrouped).
  const pay = () => {
    if (!member || !lines) return runIdempotent(call, effect);
    const byId = "memberId" in member;
    return runGrouped({
      call,
      kind: byId ? "orders.paid:memberId" : "orders.paid:externalId",
      // uuids in any case name one member: two spellings must not share a group.
      lane: `${ctx.merchantId}:${byId ? member.memberId.toLowerCase() : member.externalId}`,
      prefetch: (tx: Tx) => lockBuyer(tx, ctx.merchantId, member, now, request.orderId),
      effect,
    });
  };
  // Two calls with different keys for one new order: the loser's insert fails on the order id;
  // run again and it finds the order paid, like any later repeat of the event.
  return pay().catch((error: unknown) => {
    if (isUniqueViolation(error, "orders_merchant_id_external_id_idx")) return pay();
    throw error;
  });
}

async function payExisting(
  tx: Tx,
  batch: WriteBatch,
  ctx: ServiceContext,
  request: Request,
  now: Date,
) {
  const [existing] = await tx
    .select()
    .from(orders)
    .where(and(eq(orders.merchantId, ctx.merchantId), eq(orders.externalId, request.orderId)));
  if (!existing) {
    throw new NotFound(
      "Order not found: send member and lines to record an order that was not reserved",
    );
  }
  if (request.member) {
    const member = await findMember({ ctx, ref: request.member, db: tx });
    if (member.id !== existing.memberId)
      throw new Conflict("This order id belongs to another member");
  }
  if (existing.status === "paid" || existing.status === "refunded") return describeOrder(existing);
  if (existing.status === "cancelled") throw new Conflict("A cancelled order cannot be paid");
  return payPlacedOrder(tx, batch, ctx, existing, now);
}

function printsOf(buyer: Request["buyer"]): Fingerprint[] {
  const prints: Fingerprint[] = [];
  if (buyer?.paymentFingerprint) prints.push({ kind: "payment", value: buyer.paymentFingerprint });
  if (buyer?.deviceId) prints.push({ kind: "device", value: buyer.deviceId });
  return prints;
}

async function findPayer(tx: Tx, ctx: ServiceContext, externalId: string) {
  const [row] = await tx
    .select({ memberId: orders.memberId })
    .from(orders)
    .where(and(eq(orders.merchantId, ctx.merchantId), eq(orders.externalId, externalId)));
  return row?.memberId ?? null;
}
