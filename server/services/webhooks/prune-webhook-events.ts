import { sql } from "drizzle-orm";
import type { Executor } from "@/db/database";
import { rowsOf } from "../ledger/rows-of";

const batchSize = 5000;

/**
 * Deletes webhook events older than the retention, with their deliveries (the delivery log
 * keeps that long), in batches so no transaction grows large. An event with a delivery still
 * being retried stays until the delivery ends.
 */
export async function pruneWebhookEvents({
  db,
  now,
  retentionDays,
}: {
  db: Executor;
  now: Date;
  retentionDays: number;
}) {
  const cutoff = new Date(now.getTime() - retentionDays * 86_400_000).toISOString();
  let pruned = 0;
  for (;;) {
    const deleted =
      rowsOf<{ n: number }>(
        await db.execute(sql`
        with old as (
          select e.merchant_id, e.id from webhook_events e
          where e.created_at < ${cutoff}::timestamptz
            and not exists (
              select 1 from webhook_deliveries d
              where d.merchant_id = e.merchant_id and d.event_id = e.id and d.status = 'queued')
          limit ${batchSize}
        ), gone as (
          delete from webhook_events e using old
          where e.merchant_id = old.merchant_id and e.id = old.id
          returning 1
        )
        select count(*)::int as n from gone`),
      )[0]?.n ?? 0;
    pruned += deleted;
    if (deleted < batchSize) return { pruned };
  }
}
