import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { Executor } from "@/db/database";
import { holds, lotAllocations } from "@/db/schema";
import type { LotAmount } from "@/server/engine";
import type { MemberKey } from "./lock-balance";

export type SpentOrder = { id: string; paidAt: Date; spentLots: readonly LotAmount[] };

/**
 * The captured hold that an order paid at once never wrote (spendPoints), built from the lots in
 * its snapshot, so that a refund records what it gives back to each lot as every refund does.
 * Does nothing for an order that already has one (it was reserved, or refunded before).
 */
export async function materializeSpentHold(tx: Executor, key: MemberKey, order: SpentOrder) {
  const amount = order.spentLots.reduce((sum, lot) => sum + lot.amount, 0);
  if (amount === 0) return;
  const [existing] = await selectSpentHolds(tx, key.merchantId, order.id).limit(1);
  if (existing) return;
  const holdId = randomUUID();
  const at = order.paidAt;
  await tx.insert(holds).values({
    merchantId: key.merchantId,
    id: holdId,
    memberId: key.memberId,
    orderId: order.id,
    amount,
    status: "spent",
    expiresAt: at,
    closedAt: at,
    createdAt: at,
  });
  await tx.insert(lotAllocations).values(
    order.spentLots.map((lot) => ({
      merchantId: key.merchantId,
      holdId,
      lotId: lot.lotId,
      amount: lot.amount,
    })),
  );
}

/** The order's captured holds: to read, or to use as a subquery. */
export function selectSpentHolds(tx: Executor, merchantId: string, orderId: string) {
  return tx
    .select({ id: holds.id })
    .from(holds)
    .where(
      and(eq(holds.merchantId, merchantId), eq(holds.orderId, orderId), eq(holds.status, "spent")),
    );
}
