import { sql } from "drizzle-orm";
import type { ServiceContext } from "../context";
import { getStoreTimezone } from "../settings/get-store-timezone";
import type { DashboardInput } from "./dashboard-input";
import { boughtIn, loadMaskBase, memberFilters } from "./member-scope";
import { shareBp } from "./ratio";
import { resolvePeriod } from "./resolve-period";
import { selectRows, toNumber } from "./run-query";

export type Retention = {
  buyers: number;
  repeatBuyers: number;
  repeatRateBp: number | null;
  firstTimers: number;
  secondPurchases: number;
  secondPurchaseRateBp: number | null;
  medianDaysToSecond: number | null;
  previousBuyers: number;
  churned: number;
  churnBp: number | null;
};

/**
 * Repeat rate: buyers of the period who had bought at least twice by its end. Second-purchase
 * rate: buyers whose first purchase fell in the period and who came back (so far). Churn:
 * buyers of the previous period who bought nothing in this one.
 */
export async function measureRetention({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: DashboardInput;
}) {
  const period = resolvePeriod(input);
  const [tz, base] = await Promise.all([
    getStoreTimezone(ctx.db, ctx.merchantId),
    loadMaskBase(ctx.db, ctx.merchantId),
  ]);
  const scope = memberFilters(period.filters);
  const members =
    period.filters.tier || period.filters.program
      ? sql` and (not c.is_member or (true${scope}))`
      : sql``;
  const end = sql`(${period.toDayExclusive}::timestamp at time zone ${tz})`;
  const current = boughtIn(period.from, period.to, base);
  const before = boughtIn(period.previous.from, period.previous.to, base);
  const isFirstTimer = sql`c.first_order_month between ${period.from} and ${period.to}`;
  const rows = await selectRows(
    ctx.db,
    sql`select c.is_member,
      count(*) filter (where ${current}) as buyers,
      count(*) filter (where ${current} and c.second_order_at < ${end}) as repeat_buyers,
      count(*) filter (where ${isFirstTimer}) as first_timers,
      count(*) filter (where ${isFirstTimer} and c.second_order_at is not null) as second_purchases,
      percentile_disc(0.5) within group (order by
        floor(extract(epoch from c.second_order_at - c.first_order_at) / 86400)::int)
        filter (where ${isFirstTimer} and c.second_order_at is not null) as median_days,
      count(*) filter (where ${before}) as previous_buyers,
      count(*) filter (where ${before} and not ${current}) as churned
    from analytics_customers c
    where c.merchant_id = ${ctx.merchantId}${members}
    group by 1`,
  );
  const segment = (isMember: boolean): Retention => {
    const r = rows.find((row) => Boolean(row.is_member) === isMember) ?? {};
    const buyers = toNumber(r.buyers);
    const repeatBuyers = toNumber(r.repeat_buyers);
    const firstTimers = toNumber(r.first_timers);
    const secondPurchases = toNumber(r.second_purchases);
    const previousBuyers = toNumber(r.previous_buyers);
    const churned = toNumber(r.churned);
    return {
      buyers,
      repeatBuyers,
      repeatRateBp: shareBp(repeatBuyers, buyers),
      firstTimers,
      secondPurchases,
      secondPurchaseRateBp: shareBp(secondPurchases, firstTimers),
      medianDaysToSecond: r.median_days == null ? null : toNumber(r.median_days),
      previousBuyers,
      churned,
      churnBp: shareBp(churned, previousBuyers),
    };
  };
  return { members: segment(true), guests: segment(false) };
}
