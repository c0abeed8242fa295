import { and, eq, sql } from "drizzle-orm";
import type { Executor } from "@/db/database";
import { holds, lotAllocations } from "@/db/schema";
import { changeLots } from "./change-lots";
import type { MemberKey } from "./lock-balance";
import type { EntryDraft } from "./queue-entries";
import type { WriteBatch } from "./write-batch";

/**
 * Gives a hold's points back to the lots they came from (their original expiry). Releasing a
 * hold that is no longer active does nothing, so the job and a reserve can race safely.
 */
export async function releaseHold(
  tx: Executor,
  batch: WriteBatch,
  key: MemberKey,
  holdId: string,
  options: { now: Date; reason: string },
): Promise<EntryDraft[]> {
  await batch.flush(tx);
  const [hold] = await tx
    .update(holds)
    .set({ status: "released", closedAt: options.now })
    .where(
      and(eq(holds.merchantId, key.merchantId), eq(holds.id, holdId), eq(holds.status, "active")),
    )
    .returning({ amount: holds.amount, orderId: holds.orderId });
  if (!hold) return [];
  const allocations = await tx
    .update(lotAllocations)
    .set({ returned: sql`${lotAllocations.amount}` })
    .where(and(eq(lotAllocations.merchantId, key.merchantId), eq(lotAllocations.holdId, holdId)))
    .returning({ lotId: lotAllocations.lotId, amount: lotAllocations.amount });
  await changeLots(tx, key.merchantId, allocations, 1);
  return [
    {
      kind: "release",
      amount: hold.amount,
      available: hold.amount,
      held: -hold.amount,
      orderId: hold.orderId,
      reason: options.reason,
    },
  ];
}
