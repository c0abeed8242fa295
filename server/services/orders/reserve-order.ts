import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { orders } from "@/db/schema";
import type { Quote } from "@/server/engine";
import { Conflict } from "@/server/errors";
import type { ServiceContext } from "../context";
import { runIdempotent } from "../idempotency/run-idempotent";
import { holdPoints } from "../ledger/hold-points";
import { lockBalance } from "../ledger/lock-balance";
import { queueEntries } from "../ledger/queue-entries";
import { releaseExpiredHoldsOf } from "../ledger/release-expired-holds-of";
import { releaseOrderHolds } from "../ledger/release-order-holds";
import { findMember } from "../members/find-member";
import { loadVersions } from "../programs/load-versions";
import { getLoyaltySettings } from "../settings/get-loyalty-settings";
import { loadMemberStats } from "../stats/load-member-stats";
import { findReservedCart } from "./find-order";
import { loadBuyer } from "./load-buyer";
import { CartId, IdempotencyKey, MemberRefInput, OrderLines, PointsToSpend } from "./order-input";
import { describeOrder, type OrderResult } from "./order-result";
import { priceCart } from "./price-cart";
import { quoteColumns } from "./quote-columns";

export const ReserveOrderInput = z.object({
  idempotencyKey: IdempotencyKey,
  member: MemberRefInput,
  cartId: CartId,
  lines: OrderLines,
  pointsToSpend: PointsToSpend,
  rewardId: z.string().optional(),
});
export type ReserveOrderInput = z.input<typeof ReserveOrderInput>;

export type ReserveResult = OrderResult & {
  heldPoints: number;
  holdExpiresAt: string | null;
  quote: Quote;
};

/**
 * Prices the cart and holds the points it spends for a while. Reserving the same cart again
 * replaces the earlier reservation: its hold is released and the new one taken.
 */
export async function reserveOrder({
  ctx,
  input,
  now = new Date(),
}: {
  ctx: ServiceContext;
  input: ReserveOrderInput;
  now?: Date;
}): Promise<ReserveResult> {
  const { idempotencyKey, ...request } = ReserveOrderInput.parse(input);
  const call = { ctx, key: idempotencyKey, operation: "orders.reserve", input: request };
  return runIdempotent(call, async (tx, batch) => {
    const { merchantId } = ctx;
    const member = await findMember({ ctx, ref: request.member, db: tx });
    const key = { merchantId, memberId: member.id };
    const balance = await lockBalance(tx, key);
    const settings = await getLoyaltySettings(tx, merchantId);
    const entries = await releaseExpiredHoldsOf(tx, batch, key, now);
    const open = await findReservedCart(tx, merchantId, request.cartId);
    if (open && open.memberId !== member.id)
      throw new Conflict("This cart belongs to another member");
    if (open)
      entries.push(
        ...(await releaseOrderHolds(tx, batch, key, open.id, {
          now,
          reason: "reservation replaced",
        })),
      );

    const buyer = await loadBuyer(tx, merchantId, { memberId: member.id }, now);
    const versions = await loadVersions(tx, merchantId, buyer.versionIds);
    const { stats } = await loadMemberStats(
      tx,
      { ...key, member: buyer.member, recent: buyer.recent },
      versions,
      {
        now,
        timezone: buyer.timezone,
      },
    );
    const priced = priceCart({ ...request, buyer, versions, stats, now });
    const columns = { ...quoteColumns(priced, versions, now), lines: request.lines };
    const [order] = open
      ? await tx
          .update(orders)
          .set(columns)
          .where(and(eq(orders.merchantId, merchantId), eq(orders.id, open.id)))
          .returning()
      : await tx
          .insert(orders)
          .values({
            ...columns,
            merchantId,
            memberId: member.id,
            cartId: request.cartId,
            status: "reserved",
            createdAt: now,
          })
          .returning();
    if (!order) throw new Error("Order was not saved");

    const amount = priced.spend.pointsTotal;
    const expiresAt = new Date(now.getTime() + settings.holdTtlMinutes * 60_000);
    if (amount > 0) {
      const hold = await holdPoints(tx, batch, key, {
        orderId: order.id,
        amount,
        now,
        expiresAt,
        debt: balance.debt,
        capture: false,
      });
      entries.push(...hold.entries);
    }
    queueEntries(batch, { ...key, actor: ctx.actor, at: now }, entries);
    return {
      ...describeOrder(order),
      heldPoints: amount,
      holdExpiresAt: amount > 0 ? expiresAt.toISOString() : null,
      quote: priced,
    };
  });
}
