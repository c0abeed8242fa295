import { sql } from "drizzle-orm";
import type { ServiceContext } from "../context";
import type { DashboardInput } from "./dashboard-input";
import { boughtIn, loadMaskBase, memberScope, orderDays } from "./member-scope";
import { shareBp } from "./ratio";
import { resolvePeriod } from "./resolve-period";
import { selectRows, toNumber } from "./run-query";

type Counts = { total: number; joined: number; active: number; revenueShareBp: number | null };

/** Members: total, new, active (bought), lapsed now, and members' share of revenue. */
export async function summarizeMembers({
  ctx,
  input,
  now = new Date(),
}: {
  ctx: ServiceContext;
  input: DashboardInput;
  now?: Date;
}) {
  const period = resolvePeriod(input);
  const { previous, filters } = period;
  const scope = memberScope(ctx.merchantId, filters);
  const lapsedBefore = new Date(now.getTime() - filters.lapsedDays * 86_400_000).toISOString();
  const tier = filters.tier ? sql` and tier = ${filters.tier}` : sql``;
  const program = filters.program
    ? sql` and id in (select c.member_id from analytics_customers c where ${scope})`
    : sql``;
  const base = await loadMaskBase(ctx.db, ctx.merchantId);
  const [counts] = await selectRows(
    ctx.db,
    sql`select
      count(*) filter (where c.joined_month <= ${period.to}) as total,
      count(*) filter (where c.joined_month between ${period.from} and ${period.to}) as joined,
      count(*) filter (where ${boughtIn(period.from, period.to, base)}) as active,
      count(*) filter (where c.joined_month <= ${previous.to}) as prev_total,
      count(*) filter (where c.joined_month between ${previous.from} and ${previous.to}) as prev_joined,
      count(*) filter (where ${boughtIn(previous.from, previous.to, base)}) as prev_active,
      (select count(*) from members where merchant_id = ${ctx.merchantId}${tier}${program}
        and last_order_at < ${lapsedBefore}::timestamptz) as lapsed
    from analytics_customers c where ${scope}`,
  );
  const revenue = await selectRows(
    ctx.db,
    // Members' revenue (the program's orders when one is chosen) against the whole store's.
    sql`select d.is_current, sum(d.member_revenue) as member_revenue, sum(d.revenue) as revenue
      from (select day >= ${period.fromDay}::date as is_current,
          case when is_member then revenue else 0 end as member_revenue, 0 as revenue
        from ${orderDays(ctx.merchantId, filters.program)}
        where day >= ${previous.fromDay}::date and day < ${period.toDayExclusive}::date
        union all
        select day >= ${period.fromDay}::date, 0, revenue from analytics_order_days
        where merchant_id = ${ctx.merchantId} and day >= ${previous.fromDay}::date
          and day < ${period.toDayExclusive}::date) d
      group by 1`,
  );
  const shareOf = (isCurrent: boolean) => {
    const row = revenue.find((r) => Boolean(r.is_current) === isCurrent);
    return shareBp(toNumber(row?.member_revenue), toNumber(row?.revenue));
  };
  const c = counts ?? {};
  const current: Counts = {
    total: toNumber(c.total),
    joined: toNumber(c.joined),
    active: toNumber(c.active),
    revenueShareBp: shareOf(true),
  };
  const before: Counts = {
    total: toNumber(c.prev_total),
    joined: toNumber(c.prev_joined),
    active: toNumber(c.prev_active),
    revenueShareBp: shareOf(false),
  };
  return { current, previous: before, lapsed: toNumber(c.lapsed), lapsedDays: filters.lapsedDays };
}
