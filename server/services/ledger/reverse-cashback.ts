import { and, asc, eq } from "drizzle-orm";
import type { Executor } from "@/db/database";
import { lots } from "@/db/schema";
import { changeLots } from "./change-lots";
import type { MemberKey } from "./lock-balance";
import type { EntryDraft } from "./queue-entries";
import type { WriteBatch } from "./write-batch";

/** Takes back refunded cashback from the order's own cashback lots (cashback is not spendable yet). */
export async function reverseCashback(
  tx: Executor,
  batch: WriteBatch,
  key: MemberKey,
  orderId: string,
  amount: number,
): Promise<EntryDraft[]> {
  if (amount === 0) return [];
  await batch.flush(tx);
  const rows = await tx
    .select({ id: lots.id, status: lots.status, remaining: lots.remaining })
    .from(lots)
    .where(
      and(
        eq(lots.merchantId, key.merchantId),
        eq(lots.memberId, key.memberId),
        eq(lots.orderId, orderId),
        eq(lots.wallet, "cashback"),
        lots.isOpen,
      ),
    )
    .orderBy(asc(lots.createdAt), asc(lots.id));
  let left = amount;
  let available = 0;
  let pending = 0;
  const taken = rows.flatMap((lot) => {
    const part = Math.min(left, lot.remaining);
    left -= part;
    if (lot.status === "pending") pending += part;
    else available += part;
    return part > 0 ? [{ lotId: lot.id, amount: part }] : [];
  });
  await changeLots(tx, key.merchantId, taken, -1);
  return [
    {
      kind: "reverse",
      amount: -(available + pending),
      cashback: -available,
      pendingCashback: -pending,
      orderId,
      reason: "refund: cashback reversed",
    },
  ];
}
