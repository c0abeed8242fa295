import { randomUUID } from "node:crypto";
import type { Tx } from "@/db/database";
import type { CartLine } from "@/server/engine";
import type { ServiceContext } from "../context";
import type { EntryDraft } from "../ledger/queue-entries";
import { releaseExpiredHoldsOf, sumExpiredHolds } from "../ledger/release-expired-holds-of";
import { spendPoints } from "../ledger/spend-points";
import type { WriteBatch } from "../ledger/write-batch";
import type { MemberRef } from "../members/find-member";
import { loadVersions } from "../programs/load-versions";
import { loadMemberStats } from "../stats/load-member-stats";
import type { LockedBuyer } from "./lock-buyer";
import { describeOrder, type OrderResult } from "./order-result";
import { priceCart } from "./price-cart";
import { queuePaidOrder } from "./queue-paid-order";
import { settlePaidOrder } from "./settle-paid-order";

export type NewPaidOrder = {
  externalId: string;
  member: MemberRef;
  lines: CartLine[];
  pointsToSpend: number;
  rewardId?: string;
};

/**
 * A paid order nobody reserved (a POS sale, a store without the widget): priced and spent at
 * once from the buyer locked with their lots (lockBuyer, sent with the idempotency key's
 * claim), and all writes as one statement. Returns null when the order id already exists.
 */
export async function payNewOrder(
  tx: Tx,
  batch: WriteBatch,
  ctx: ServiceContext,
  order: NewPaidOrder,
  locked: LockedBuyer,
  now: Date,
): Promise<OrderResult | null> {
  const { merchantId } = ctx;
  const { buyer } = locked;
  if (buyer.existingOrder) return null;
  const key = { merchantId, memberId: buyer.member.id };
  const versions = await loadVersions(tx, merchantId, buyer.versionIds);
  const clock = { now, timezone: buyer.timezone };
  const stats = await loadMemberStats(
    tx,
    { ...key, member: buyer.member, recent: buyer.recent },
    versions,
    clock,
  );
  const hasHolds = buyer.balance.held > 0;
  const extraSpendable = hasHolds ? await sumExpiredHolds(tx, key, now) : 0;
  const priced = priceCart({ ...order, buyer, versions, stats: stats.stats, now, extraSpendable });

  const released: EntryDraft[] = hasHolds ? await releaseExpiredHoldsOf(tx, batch, key, now) : [];
  const orderId = randomUUID();
  const amount = priced.spend.pointsTotal;
  // Releasing expired holds gives points back to lots: then the lots are read again.
  const lots = hasHolds ? undefined : locked.lots;
  const spend = await spendPoints(tx, batch, key, {
    orderId,
    amount,
    now,
    debt: buyer.balance.debt,
    lots,
  });
  const snapshot = settlePaidOrder(batch, {
    key,
    actor: ctx.actor,
    orderId,
    priced,
    quotedAt: now,
    versions,
    member: buyer.member,
    stats: { before: stats.stats, windows: stats.windows },
    debt: buyer.balance.debt - spend.repaid,
    spent: { taken: spend.taken, entries: [...released, ...spend.entries] },
    clock,
  });
  const row = queuePaidOrder(batch, {
    merchantId,
    id: orderId,
    memberId: key.memberId,
    externalId: order.externalId,
    lines: order.lines,
    priced,
    versions,
    snapshot,
    now,
  });
  return describeOrder(row);
}
