import { type SQL, sql } from "drizzle-orm";
import type { Executor } from "@/db/database";
import { localDaySql } from "./month-number";

/**
 * The program filter's rollups, inside rebuildRollups' transaction: members' orders and ledger
 * entries by the program whose version priced them (an order priced by two programs counts
 * under both).
 */
export async function rebuildProgramRollups(tx: Executor, merchantId: string, tz: string) {
  await tx.execute(sql`delete from analytics_program_order_days where merchant_id = ${merchantId}`);
  await tx.execute(sql`insert into analytics_program_order_days
      (merchant_id, program_id, day, orders, revenue, discount, points_value)
    select ${merchantId}, v.program_id, ${localDaySql(sql`o.paid_at`, tz)},
      count(*) filter (where o.status = 'paid'), sum(o.total - o.refunded_amount),
      coalesce(sum(o.discount) filter (where o.status = 'paid'), 0),
      coalesce(sum(o.subtotal - o.discount - o.total) filter (where o.status = 'paid'), 0)
    from orders o
    join program_versions v on v.merchant_id = o.merchant_id and v.id = any(o.program_version_ids)
    where o.merchant_id = ${merchantId} and o.paid_at is not null
      and o.status in ('paid', 'refunded')
    group by 2, 3`);
  await tx.execute(sql`delete from analytics_program_point_days where merchant_id = ${merchantId}`);
  await tx.execute(sql`insert into analytics_program_point_days
      (merchant_id, program_id, day, earned, spent, expired, reversed)
    select ${merchantId}, v.program_id, ${localDaySql(sql`l.created_at`, tz)},
      coalesce(sum(l.amount) filter (where l.kind = 'earn'), 0),
      coalesce(-sum(l.amount) filter (where l.kind = 'spend'), 0),
      coalesce(-sum(l.amount) filter (where l.kind = 'expire'), 0),
      coalesce(-sum(l.amount) filter (where l.kind = 'reverse'), 0)
    from ledger_entries l
    join program_versions v on v.merchant_id = l.merchant_id and v.id = l.program_version_id
    where l.merchant_id = ${merchantId} and l.cashback = 0 and l.pending_cashback = 0
      and l.kind in ('earn', 'spend', 'expire', 'reverse')
    group by 2, 3`);
}

/** Each member's programs: those whose versions priced at least one of its paid orders. */
export function memberProgramsSql(merchantId: string): SQL {
  return sql`select o.member_id, array_agg(distinct v.program_id) as program_ids
    from orders o
    join program_versions v on v.merchant_id = o.merchant_id and v.id = any(o.program_version_ids)
    where o.merchant_id = ${merchantId} and o.status = 'paid' and o.paid_at is not null
    group by 1`;
}
