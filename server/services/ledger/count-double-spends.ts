import { sql } from "drizzle-orm";
import type { Executor } from "@/db/database";
import { rowsOf } from "./rows-of";

/**
 * Evidence that points were spent twice, counted three ways: a lot that handed out more than it
 * held, an order spent more than once (two captured holds or two spend entries), and a paid
 * order whose redeemed points differ from its spend entries in the ledger. A lot hands out
 * points through allocations, or, for an order paid at once and not refunded, through the
 * spentLots of the order's snapshot (spendPoints writes no hold). Zero means no double spend.
 */
export async function countDoubleSpends(db: Executor, merchantId?: string) {
  const scope = (alias: string) =>
    merchantId ? sql`and ${sql.raw(alias)}.merchant_id = ${merchantId}` : sql``;
  const result = await db.execute(sql`
    with taken as (
      select a.merchant_id, a.lot_id, a.amount - a.returned as amount
      from lot_allocations a where true ${scope("a")}
      union all
      select o.merchant_id, (s.lot->>'lotId')::uuid, (s.lot->>'amount')::bigint
      from orders o cross join jsonb_array_elements(o.snapshot->'spentLots') s(lot)
      where o.snapshot is not null ${scope("o")} and not exists (select 1 from holds h
        where h.merchant_id = o.merchant_id and h.order_id = o.id and h.status = 'spent')),
    spent_twice as (
      select h.merchant_id, h.order_id from holds h where h.status = 'spent' ${scope("h")}
      group by 1, 2 having count(*) > 1
      union
      select e.merchant_id, e.order_id from ledger_entries e
      where e.kind = 'spend' and e.order_id is not null ${scope("e")}
      group by 1, 2 having count(*) > 1)
    select
      (select count(*)::int from lots lo
        left join (select merchant_id, lot_id, sum(amount) taken from taken group by 1, 2) t
          on t.merchant_id = lo.merchant_id and t.lot_id = lo.id
        where lo.remaining + coalesce(t.taken, 0) > lo.amount ${scope("lo")}) as "overdrawnLots",
      (select count(*)::int from spent_twice) as "repeatedSpends",
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
