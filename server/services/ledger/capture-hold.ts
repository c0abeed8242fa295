import { and, eq } from "drizzle-orm";
import type { Executor } from "@/db/database";
import { holds, lotAllocations } from "@/db/schema";
import type { LotAmount } from "@/server/engine";
import type { MemberKey } from "./lock-balance";
import type { EntryDraft } from "./queue-entries";
import type { WriteBatch } from "./write-batch";

/** Turns an active hold into a spend; null when the hold is no longer active. */
export async function captureHold(
  tx: Executor,
  batch: WriteBatch,
  key: MemberKey,
  holdId: string,
  now: Date,
): Promise<{ taken: LotAmount[]; entries: EntryDraft[]; repaid: number } | null> {
  await batch.flush(tx);
  const [hold] = await tx
    .update(holds)
    .set({ status: "spent", closedAt: now })
    .where(
      and(eq(holds.merchantId, key.merchantId), eq(holds.id, holdId), eq(holds.status, "active")),
    )
    .returning({ amount: holds.amount, orderId: holds.orderId });
  if (!hold) return null;
  const taken = await tx
    .select({ lotId: lotAllocations.lotId, amount: lotAllocations.amount })
    .from(lotAllocations)
    .where(and(eq(lotAllocations.merchantId, key.merchantId), eq(lotAllocations.holdId, holdId)));
  const spend: EntryDraft = {
    kind: "spend",
    amount: -hold.amount,
    held: -hold.amount,
    orderId: hold.orderId,
    reason: "reserved points paid part of the order",
  };
  return { taken, entries: [spend], repaid: 0 };
}
