import { sql } from "drizzle-orm";
import type { Executor } from "@/db/database";
import { rowsOf } from "./rows-of";

/**
 * Evidence that points were spent twice, counted three ways: a lot that handed out more than it
 * held, an order with more than one captured spend, and a paid order whose redeemed points differ
 * from its spend entries in the ledger. Zero means no double spend.
 */
export async function countDoubleSpends(db: Executor, merchantId?: string) {
  const scope = (alias: string) =>
    merchantId ? sql`and ${sql.raw(alias)}.merchant_id = ${merchantId}` : sql``;
  const result = await db.execute(sql`
    select
      (select count(*)::int from lots lo
        left join (select merchant_id, lot_id, sum(amount - returned) taken from lot_allocations group by 1, 2) a
          on a.merchant_id = lo.merchant_id and a.lot_id = lo.id
        where lo.remaining + coalesce(a.taken, 0) > lo.amount ${scope("lo")}) as "overdrawnLots",
      (select count(*)::int from (
        select h.order_id from holds h where h.status = 'spent' ${scope("h")}
        group by h.merchant_id, h.order_id having count(*) > 1) d) as "repeatedSpends",
      (select count(*)::int from orders o
        left join (select merchant_id, order_id, -sum(amount) spent from ledger_entries
          where kind = 'spend' group by 1, 2) e on e.merchant_id = o.merchant_id and e.order_id = o.id
        where o.status = 'paid' and o.redeemed_points <> coalesce(e.spent, 0) ${scope("o")}) as "ordersOffLedger"`);
  const [row] = rowsOf<{ overdrawnLots: number; repeatedSpends: number; ordersOffLedger: number }>(
    result,
  );
  const counts = {
    overdrawnLots: Number(row?.overdrawnLots ?? 0),
    repeatedSpends: Number(row?.repeatedSpends ?? 0),
    ordersOffLedger: Number(row?.ordersOffLedger ?? 0),
  };
  return {
    ...counts,
    total: counts.overdrawnLots + counts.repeatedSpends + counts.ordersOffLedger,
  };
}
