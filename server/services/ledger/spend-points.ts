import type { Executor } from "@/db/database";
import type { LotAmount } from "@/server/engine";
import type { MemberKey } from "./lock-balance";
import type { EntryDraft } from "./queue-entries";
import { type SpendableLot, takePoints } from "./take-points";
import type { WriteBatch } from "./write-batch";

type SpendOptions = {
  orderId: string;
  amount: number;
  now: Date;
  debt: number;
  /** The member's spendable lots, if already read under the lock (see takePoints). */
  lots?: SpendableLot[];
};

/**
 * Spends points at once for an order nobody reserved. No hold is written: the lots it took are
 * kept in the order's snapshot (spentLots), written in the same statement. A refund turns them
 * into a captured hold with allocations (materializeSpentHold) before it returns any.
 */
export async function spendPoints(
  tx: Executor,
  batch: WriteBatch,
  key: MemberKey,
  options: SpendOptions,
): Promise<{ taken: LotAmount[]; entries: EntryDraft[]; repaid: number }> {
  const { orderId, amount, now, debt, lots } = options;
  if (amount === 0) return { taken: [], entries: [], repaid: 0 };
  const { taken, entries, repaid } = await takePoints(tx, batch, key, { amount, now, debt, lots });
  entries.push(spendEntry(orderId, amount));
  return { taken, entries, repaid };
}

/** The ledger entry of points spent on an order straight from the available balance. */
export function spendEntry(orderId: string, amount: number): EntryDraft {
  return {
    kind: "spend",
    amount: -amount,
    available: -amount,
    orderId,
    reason: "points paid part of the order",
  };
}
