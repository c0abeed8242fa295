import { sql } from "drizzle-orm";
import type { Db } from "@/db/database";
import { rowsOf } from "../ledger/rows-of";

/** A running simulation whose heartbeat (updated_at) is older than this was lost. */
export const staleAfterMs = 2 * 60_000;
export const maxAttempts = 3;

export type ClaimedSimulation = { merchantId: string; id: string; attempts: number };

/**
 * Marks one queued (or stale running) simulation as running and returns it. SKIP LOCKED and the
 * status check mean two instances, or the kick and the periodic job, never run the same one.
 */
export async function claimSimulation(
  db: Db,
  { id, now }: { id?: string; now: Date },
): Promise<ClaimedSimulation | null> {
  const staleBefore = new Date(now.getTime() - staleAfterMs).toISOString();
  const result = await db.execute(sql`
    update simulations s
    set status = 'running', attempts = s.attempts + 1, processed = 0, error = null,
        started_at = ${now.toISOString()}::timestamptz, updated_at = ${now.toISOString()}::timestamptz
    from (
      select merchant_id, id from simulations
      where (status = 'queued' or (status = 'running' and updated_at < ${staleBefore}::timestamptz))
        and attempts < ${maxAttempts}
        ${id ? sql`and id = ${id}` : sql``}
      order by created_at
      limit 1
      for update skip locked
    ) due
    where s.merchant_id = due.merchant_id and s.id = due.id
    returning s.merchant_id as "merchantId", s.id, s.attempts`);
  return rowsOf<ClaimedSimulation>(result)[0] ?? null;
}

/** Gives up on runs that were lost maxAttempts times (a history that crashes the process). */
export async function failAbandonedSimulations(db: Db, now: Date): Promise<void> {
  const staleBefore = new Date(now.getTime() - staleAfterMs).toISOString();
  await db.execute(sql`
    update simulations
    set status = 'failed', error = 'The simulation stopped several times and was abandoned',
        finished_at = ${now.toISOString()}::timestamptz, updated_at = ${now.toISOString()}::timestamptz
    where status in ('queued', 'running') and attempts >= ${maxAttempts}
      and updated_at < ${staleBefore}::timestamptz`);
}
