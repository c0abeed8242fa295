import { and, eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "@/db/database";
import { holds, lotAllocations } from "@/db/schema";
import type { LotAmount } from "@/server/engine";
import { changeLots } from "./change-lots";
import type { MemberKey } from "./lock-balance";
import type { EntryDraft } from "./queue-entries";
import type { WriteBatch } from "./write-batch";

/** Gives refunded spent points back to the lots they came from, with those lots' expiry. */
export async function returnSpent(
  tx: Executor,
  batch: WriteBatch,
  key: MemberKey,
  orderId: string,
  returns: LotAmount[],
): Promise<EntryDraft[]> {
  const total = returns.reduce((sum, r) => sum + r.amount, 0);
  if (total === 0) return [];
  await batch.flush(tx);
  await changeLots(tx, key.merchantId, returns, 1);
  const spentHolds = tx
    .select({ id: holds.id })
    .from(holds)
    .where(
      and(
        eq(holds.merchantId, key.merchantId),
        eq(holds.orderId, orderId),
        eq(holds.status, "spent"),
      ),
    );
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
      orderId,
      reason: "refund: spent points returned",
    },
  ];
}
