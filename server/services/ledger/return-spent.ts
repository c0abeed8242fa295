import { and, eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "@/db/database";
import { lotAllocations } from "@/db/schema";
import type { LotAmount } from "@/server/engine";
import { changeLots } from "./change-lots";
import type { MemberKey } from "./lock-balance";
import { materializeSpentHold, type SpentOrder, selectSpentHolds } from "./materialize-spent-hold";
import type { EntryDraft } from "./queue-entries";
import type { WriteBatch } from "./write-batch";

/** Gives refunded spent points back to the lots they came from, with those lots' expiry. */
export async function returnSpent(
  tx: Executor,
  batch: WriteBatch,
  key: MemberKey,
  order: SpentOrder,
  returns: LotAmount[],
): Promise<EntryDraft[]> {
  const total = returns.reduce((sum, r) => sum + r.amount, 0);
  if (total === 0) return [];
  await batch.flush(tx);
  await materializeSpentHold(tx, key, order);
  await changeLots(tx, key.merchantId, returns, 1);
  const spentHolds = selectSpentHolds(tx, key.merchantId, order.id);
  for (const r of returns) {
    await tx
      .update(lotAllocations)
      .set({ returned: sql`${lotAllocations.returned} + ${r.amount}` })
      .where(
        and(
          eq(lotAllocations.merchantId, key.merchantId),
          eq(lotAllocations.lotId, r.lotId),
          inArray(lotAllocations.holdId, spentHolds),
        ),
      );
  }
  return [
    {
      kind: "return",
      amount: total,
      available: total,
      orderId: order.id,
      reason: "refund: spent points returned",
    },
  ];
}
