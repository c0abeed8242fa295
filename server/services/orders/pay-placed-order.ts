import { and, desc, eq } from "drizzle-orm";
import type { Tx } from "@/db/database";
import { holds, orders } from "@/db/schema";
import type { Quote } from "@/server/engine";
import { Conflict } from "@/server/errors";
import type { ServiceContext } from "../context";
import { captureHold } from "../ledger/capture-hold";
import { holdPoints } from "../ledger/hold-points";
import { lockBalance } from "../ledger/lock-balance";
import type { WriteBatch } from "../ledger/write-batch";
import { findMember } from "../members/find-member";
import { loadVersions } from "../programs/load-versions";
import { getStoreTimezone } from "../settings/get-store-timezone";
import { loadMemberStats } from "../stats/load-member-stats";
import { findOrder } from "./find-order";
import { describeOrder, type OrderRow } from "./order-result";
import { settlePaidOrder } from "./settle-paid-order";

/**
 * Pays a reserved and placed order with the quote and versions it was priced with. Its hold is
 * captured even if past its TTL (the job had not released it yet); a released hold is taken again.
 */
export async function payPlacedOrder(
  tx: Tx,
  batch: WriteBatch,
  ctx: ServiceContext,
  placed: OrderRow,
  now: Date,
) {
  const { merchantId } = ctx;
  const key = { merchantId, memberId: placed.memberId };
  const balance = await lockBalance(tx, key);
  const order = await findOrder(tx, merchantId, placed.externalId ?? "", true);
  if (order.status === "paid" || order.status === "refunded") return describeOrder(order);
  if (order.status !== "placed") throw new Conflict(`A ${order.status} order cannot be paid`);
  const member = await findMember({ ctx, ref: { memberId: order.memberId }, db: tx });
  const priced = order.quote as Quote;
  const versions = await loadVersions(tx, merchantId, order.programVersionIds);
  const clock = { now, timezone: await getStoreTimezone(tx, merchantId) };
  const stats = await loadMemberStats(tx, { ...key, member }, versions, clock);

  const [hold] = await tx
    .select({ id: holds.id, status: holds.status })
    .from(holds)
    .where(and(eq(holds.merchantId, merchantId), eq(holds.orderId, order.id)))
    .orderBy(desc(holds.createdAt))
    .limit(1);
  const captured =
    hold?.status === "active" ? await captureHold(tx, batch, key, hold.id, now) : null;
  const amount = order.redeemedPoints;
  const spend =
    captured ??
    (amount > 0
      ? await holdPoints(tx, batch, key, {
          orderId: order.id,
          amount,
          now,
          expiresAt: now,
          debt: balance.debt,
          capture: true,
        })
      : { taken: [], entries: [], repaid: 0 });
  const snapshot = settlePaidOrder(batch, {
    key,
    actor: ctx.actor,
    orderId: order.id,
    priced,
    quotedAt: order.quotedAt,
    versions,
    member,
    stats: { before: stats.stats, windows: stats.windows },
    debt: balance.debt - spend.repaid,
    spent: spend,
    clock,
  });
  const paid = { status: "paid" as const, paidAt: now, snapshot };
  batch.add(
    tx
      .update(orders)
      .set(paid)
      .where(and(eq(orders.merchantId, merchantId), eq(orders.id, order.id))),
    [`order:${order.id}`],
  );
  return describeOrder({ ...order, ...paid });
}
