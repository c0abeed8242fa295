import { sql } from "drizzle-orm";
import type { Executor } from "@/db/database";
import { selectRows } from "./run-query";

/**
 * Stores whose rollups are older than `minAgeMs` and whose orders, guest orders or ledger moved
 * since (or that never had rollups but have members). Reads only indexes led by merchant_id.
 */
export async function findStaleStores(db: Executor, now: Date, minAgeMs: number) {
  const before = new Date(now.getTime() - minAgeMs).toISOString();
  const rows = await selectRows<{ id: string }>(
    db,
    sql`select m.id from merchants m left join analytics_state s on s.merchant_id = m.id
      where (s.merchant_id is null and exists (select 1 from members where merchant_id = m.id))
        or (s.refreshed_at < ${before}::timestamptz and (
          exists (select 1 from ledger_entries l where l.merchant_id = m.id and l.id > s.ledger_seen_id)
          or exists (select 1 from orders o where o.merchant_id = m.id
            and o.updated_at > coalesce(s.orders_seen_at, '-infinity'))
          or exists (select 1 from guest_orders g where g.merchant_id = m.id
            and g.updated_at > coalesce(s.guest_orders_seen_at, '-infinity'))))
      order by m.id`,
  );
  return rows.map((r) => r.id);
}
