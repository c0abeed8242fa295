import { sql } from "drizzle-orm";
import type { ServiceContext } from "../context";
import type { DashboardInput } from "./dashboard-input";
import { boughtIn, loadMaskBase, memberFilters, orderDays } from "./member-scope";
import { divideRounded, shareBp } from "./ratio";
import { resolvePeriod } from "./resolve-period";
import { selectRows, toNumber } from "./run-query";

/**
 * Cost = discounts given + money value of points (and cashback) paid with, on members' paid
 * orders of the range. Incremental revenue = member revenue − active members × revenue per
 * non-member customer: what members would have spent had they bought like non-members.
 * Net effect = incremental revenue − cost. Without non-member orders there is no estimate.
 */
export async function estimateEconomics({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: DashboardInput;
}) {
  const period = resolvePeriod(input);
  const { program } = period.filters;
  const base = await loadMaskBase(ctx.db, ctx.merchantId);
  const [[days], buyers] = await Promise.all([
    selectRows(
      ctx.db,
      sql`select
          coalesce(sum(revenue) filter (where is_member), 0) as member_revenue,
          coalesce(sum(discount) filter (where is_member), 0) as discount,
          coalesce(sum(points_value) filter (where is_member), 0) as points_value,
          coalesce(sum(revenue) filter (where not is_member), 0) as guest_revenue
        from ${orderDays(ctx.merchantId, program)}
        where day >= ${period.fromDay}::date
          and day < ${period.toDayExclusive}::date`,
    ),
    selectRows(
      ctx.db,
      sql`select c.is_member, count(*) as customers from analytics_customers c
        where c.merchant_id = ${ctx.merchantId} and ${boughtIn(period.from, period.to, base)}
          and (not c.is_member or (true${memberFilters({ program })}))
        group by 1`,
    ),
  ]);
  const memberRevenue = toNumber(days?.member_revenue);
  const discount = toNumber(days?.discount);
  const pointsValue = toNumber(days?.points_value);
  const guestRevenue = toNumber(days?.guest_revenue);
  const count = (isMember: boolean) =>
    toNumber(buyers.find((b) => Boolean(b.is_member) === isMember)?.customers);
  const activeMembers = count(true);
  const guestCustomers = count(false);
  const cost = discount + pointsValue;
  const baseline = divideRounded(activeMembers * guestRevenue, guestCustomers);
  const incremental = baseline === null ? null : memberRevenue - baseline;
  return {
    memberRevenue,
    discount,
    pointsValue,
    cost,
    costShareBp: shareBp(cost, memberRevenue),
    activeMembers,
    guestRevenue,
    guestCustomers,
    guestRevenuePerCustomer: divideRounded(guestRevenue, guestCustomers),
    baseline,
    incremental,
    net: incremental === null ? null : incremental - cost,
  };
}
