import { sql } from "drizzle-orm";
import type { Executor } from "@/db/database";
import type { Wallet } from "@/db/schema";
import type { EntryDraft } from "./queue-entries";

export type DueLot = {
  id: string;
  wallet: Wallet;
  remaining: number;
  programVersionId: string | null;
};

/**
 * Makes pending lots spendable. Points repay the member's debt first (the lot keeps less);
 * returns the entries to post and the debt repaid. Callers hold the member lock.
 */
export async function activateLots(
  tx: Executor,
  merchantId: string,
  due: DueLot[],
  debt: number,
): Promise<{ entries: EntryDraft[]; repaid: number; remaining: Map<string, number> }> {
  const remaining = new Map<string, number>();
  if (due.length === 0) return { entries: [], repaid: 0, remaining };
  let debtLeft = debt;
  const entries: EntryDraft[] = [];
  const updates = due.map((lot) => {
    const repaid = lot.wallet === "points" ? Math.min(debtLeft, lot.remaining) : 0;
    debtLeft -= repaid;
    const moved = lot.remaining - repaid;
    remaining.set(lot.id, moved);
    entries.push({
      kind: "activate",
      amount: lot.remaining,
      reason:
        repaid > 0
          ? `pending points became available; ${repaid} repaid debt`
          : "pending points became available",
      programVersionId: lot.programVersionId,
      ...(lot.wallet === "points"
        ? { pending: -lot.remaining, available: moved, debt: -repaid }
        : { pendingCashback: -lot.remaining, cashback: lot.remaining }),
    });
    return sql`(${lot.id}::uuid, ${repaid}::bigint)`;
  });
  await tx.execute(sql`
    update lots set status = 'available', remaining = lots.remaining - v.repaid
    from (values ${sql.join(updates, sql`, `)}) as v(id, repaid)
    where lots.merchant_id = ${merchantId} and lots.id = v.id and lots.status = 'pending'`);
  return { entries, repaid: debt - debtLeft, remaining };
}
