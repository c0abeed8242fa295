import { and, eq } from "drizzle-orm";
import type { Executor } from "@/db/database";
import { holds } from "@/db/schema";
import type { MemberKey } from "./lock-balance";
import type { EntryDraft } from "./queue-entries";
import { releaseHold } from "./release-hold";
import type { WriteBatch } from "./write-batch";

/** Releases every active hold of an order (a replaced reservation, a cancel). */
export async function releaseOrderHolds(
  tx: Executor,
  batch: WriteBatch,
  key: MemberKey,
  orderId: string,
  options: { now: Date; reason: string },
): Promise<EntryDraft[]> {
  const active = await tx
    .select({ id: holds.id })
    .from(holds)
    .where(
      and(
        eq(holds.merchantId, key.merchantId),
        eq(holds.orderId, orderId),
        eq(holds.status, "active"),
      ),
    );
  const entries: EntryDraft[] = [];
  for (const hold of active) entries.push(...(await releaseHold(tx, batch, key, hold.id, options)));
  return entries;
}
