import { sql } from "drizzle-orm";
import type { Executor } from "@/db/database";
import { inTransaction } from "@/db/transaction";
import { rowsOf } from "../ledger/rows-of";
import { getStoreTimezone } from "../settings/get-store-timezone";
import { localDate } from "../stats/local-date";
import { maskBaseMonth, maskOf } from "./active-mask";
import { localDaySql, localMonthSql, parseMonth } from "./month-number";
import { memberProgramsSql, rebuildProgramRollups } from "./rebuild-program-rollups";
import { tierMoveMasksSql } from "./tier-move-masks";

/**
 * Rebuilds one store's rollups from orders, guest orders and the ledger, in one transaction:
 * readers see the old rollups or the new ones, and running it twice gives the same rows.
 * Only paid orders count as purchases; a fully refunded order is no purchase, and revenue is
 * net of refunds.
 */
export async function rebuildRollups({
  db,
  merchantId,
  now,
}: {
  db: Executor;
  merchantId: string;
  now: Date;
}) {
  const tz = await getStoreTimezone(db, merchantId);
  const paidAt = sql`paid_at`;
  const base = maskBaseMonth(parseMonth(localDate(now, tz)));
  await inTransaction(db, async (tx) => {
    // One rebuild per store at a time; an advisory lock leaves the merchants row (and every
    // insert that references it) alone.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`analytics:${merchantId}`}))`);
    const marks = await tx.execute(sql`select
      (select max(updated_at) from orders where merchant_id = ${merchantId})::text as "ordersSeenAt",
      (select max(updated_at) from guest_orders where merchant_id = ${merchantId})::text as "guestOrdersSeenAt",
      (select coalesce(max(id), 0) from ledger_entries where merchant_id = ${merchantId}) as "ledgerSeenId"`);
    await tx.execute(sql`delete from analytics_order_days where merchant_id = ${merchantId}`);
    await tx.execute(sql`insert into analytics_order_days
        (merchant_id, day, is_member, orders, revenue, discount, points_value)
      select ${merchantId}, ${localDaySql(paidAt, tz)}, true,
        count(*) filter (where status = 'paid'), sum(total - refunded_amount),
        coalesce(sum(discount) filter (where status = 'paid'), 0),
        coalesce(sum(subtotal - discount - total) filter (where status = 'paid'), 0)
      from orders
      where merchant_id = ${merchantId} and paid_at is not null and status in ('paid', 'refunded')
      group by 2
      union all
      select ${merchantId}, ${localDaySql(paidAt, tz)}, false,
        count(*) filter (where refunded_amount < amount), sum(amount - refunded_amount), 0, 0
      from guest_orders where merchant_id = ${merchantId}
      group by 2`);
    await tx.execute(sql`delete from analytics_point_days where merchant_id = ${merchantId}`);
    await tx.execute(sql`insert into analytics_point_days
        (merchant_id, day, earned, spent, expired, reversed)
      select ${merchantId}, ${localDaySql(sql`created_at`, tz)},
        coalesce(sum(amount) filter (where kind = 'earn'), 0),
        coalesce(-sum(amount) filter (where kind = 'spend'), 0),
        coalesce(-sum(amount) filter (where kind = 'expire'), 0),
        coalesce(-sum(amount) filter (where kind = 'reverse'), 0)
      from ledger_entries
      where merchant_id = ${merchantId} and cashback = 0 and pending_cashback = 0
        and kind in ('earn', 'spend', 'expire', 'reverse')
      group by 2`);
    await tx.execute(sql`delete from analytics_expiry_months where merchant_id = ${merchantId}`);
    await tx.execute(sql`insert into analytics_expiry_months (merchant_id, month, points)
      select ${merchantId}, ${localMonthSql(sql`expires_at`, tz)}, sum(remaining)
      from lots
      where merchant_id = ${merchantId} and wallet = 'points' and is_open
        and expires_at >= ${now.toISOString()}::timestamptz
      group by 2`);
    await tx.execute(sql`delete from analytics_customers where merchant_id = ${merchantId}`);
    await tx.execute(sql`with bought as (
        select member_id, array_agg(paid_at order by paid_at) as paid,
          array_agg(distinct ${localMonthSql(paidAt, tz)}) as months
        from orders where merchant_id = ${merchantId} and status = 'paid' and paid_at is not null
        group by member_id),
      took_part as (${memberProgramsSql(merchantId)}),
      moved as (${tierMoveMasksSql(merchantId, tz, base)})
      insert into analytics_customers (merchant_id, is_member, customer_key, member_id, joined_month,
        first_order_month, first_order_at, second_order_at, active_months, active_mask, tier,
        up_mask, down_mask, program_ids)
      select ${merchantId}, true, m.id::text, m.id, ${localMonthSql(sql`m.joined_at`, tz)},
        ${localMonthSql(sql`b.paid[1]`, tz)}, b.paid[1], b.paid[2], coalesce(b.months, '{}'),
        ${maskOf(sql`b.months`, base)}, m.tier, coalesce(mv.up_mask, 0),
        coalesce(mv.down_mask, 0), coalesce(p.program_ids, '{}')
      from members m left join bought b on b.member_id = m.id
        left join took_part p on p.member_id = m.id
        left join moved mv on mv.member_id = m.id
      where m.merchant_id = ${merchantId}`);
    await tx.execute(sql`with bought as (
        select customer_ref, array_agg(paid_at order by paid_at) as paid,
          array_agg(distinct ${localMonthSql(paidAt, tz)}) as months
        from guest_orders where merchant_id = ${merchantId} and refunded_amount < amount
        group by customer_ref)
      insert into analytics_customers (merchant_id, is_member, customer_key, member_id, joined_month,
        first_order_month, first_order_at, second_order_at, active_months, active_mask)
      select ${merchantId}, false, customer_ref, null, ${localMonthSql(sql`paid[1]`, tz)},
        ${localMonthSql(sql`paid[1]`, tz)}, paid[1], paid[2], months, ${maskOf(sql`months`, base)}
      from bought`);
    await rebuildProgramRollups(tx, merchantId, tz);
    const [mark] = rowsOf<{
      ordersSeenAt: string | null;
      guestOrdersSeenAt: string | null;
      ledgerSeenId: string | number;
    }>(marks);
    await tx.execute(sql`insert into analytics_state
        (merchant_id, orders_seen_at, guest_orders_seen_at, ledger_seen_id, mask_base_month, refreshed_at)
      values (${merchantId}, ${mark?.ordersSeenAt ?? null}, ${mark?.guestOrdersSeenAt ?? null},
        ${Number(mark?.ledgerSeenId ?? 0)}, ${base}, ${now.toISOString()})
      on conflict (merchant_id) do update set orders_seen_at = excluded.orders_seen_at,
        mask_base_month = excluded.mask_base_month,
        guest_orders_seen_at = excluded.guest_orders_seen_at,
        ledger_seen_id = excluded.ledger_seen_id, refreshed_at = excluded.refreshed_at`);
  });
  // Fresh statistics, so the planner knows how many rows a store has after a big rebuild.
  await db.execute(sql`analyze analytics_customers, analytics_order_days, analytics_point_days,
    analytics_program_order_days, analytics_program_point_days`);
}
