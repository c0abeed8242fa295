import type { Db, Tx } from "@/db/database";
import type { memberBalances } from "@/db/schema";
import { lockBalances, type MemberKey } from "@/server/services/ledger/lock-balance";
import { createWriteBatch, type WriteBatch } from "@/server/services/ledger/write-batch";

type Balance = typeof memberBalances.$inferSelect;

/** Jobs run for every store; `merchantId` narrows a run to one (tests, a store's manual run). */
export type JobOptions = { db: Db; now?: Date; batchSize?: number; merchantId?: string };

/**
 * The shape every ledger job shares: find members with due work, lock their balances in a fixed
 * order, re-check and do the work per member, commit, repeat. A concurrent run blocks on the
 * locks and then finds nothing left to do, so running a job twice at once changes nothing twice.
 */
export async function forEachDueMember(
  db: Db,
  options: {
    batchSize: number;
    findDue: (tx: Tx, limit: number) => Promise<MemberKey[]>;
    work: (tx: Tx, batch: WriteBatch, balance: Balance) => Promise<number>;
  },
): Promise<number> {
  let total = 0;
  for (;;) {
    const batch = await db.transaction(async (tx) => {
      const due = await options.findDue(tx, options.batchSize);
      const balances = await lockBalances(tx, due);
      let done = 0;
      const batch = createWriteBatch();
      for (const balance of balances) {
        done += await options.work(tx, batch, balance);
        await batch.flush(tx);
      }
      return { found: due.length, done };
    });
    total += batch.done;
    if (batch.found < options.batchSize) return total;
    if (batch.done === 0) return total;
  }
}
