import { sql } from "drizzle-orm";
import type { ServiceContext } from "../context";
import type { DashboardInput } from "./dashboard-input";
import { boughtIn, loadMaskBase, memberFilters, orderDays } from "./member-scope";
import { divideRounded } from "./ratio";
import { type Period, resolvePeriod } from "./resolve-period";
import { selectRows, toNumber } from "./run-query";

export type Behaviour = {
  customers: number;
  orders: number;
  revenue: number;
  /** Orders per buying customer per month, in hundredths (250 = 2.50). */
  frequencyCentis: number | null;
  averageOrder: number | null;
  revenuePerCustomer: number | null;
};

async function measure(
  ctx: ServiceContext,
  period: Period,
  base: number | null,
  program: string | undefined,
) {
  const [days, buyers] = await Promise.all([
    selectRows(
      ctx.db,
      sql`select is_member, sum(orders) as orders, sum(revenue) as revenue
        from ${orderDays(ctx.merchantId, program)}
        where day >= ${period.fromDay}::date
          and day < ${period.toDayExclusive}::date
        group by 1`,
    ),
    selectRows(
      ctx.db,
      sql`select c.is_member, count(*) as customers from analytics_customers c
        where c.merchant_id = ${ctx.merchantId} and ${boughtIn(period.from, period.to, base)}
          and (not c.is_member or (true${memberFilters({ program })}))
        group by 1`,
    ),
  ]);
  const segment = (isMember: boolean): Behaviour => {
    const day = days.find((d) => Boolean(d.is_member) === isMember);
    const buyer = buyers.find((b) => Boolean(b.is_member) === isMember);
    const orders = toNumber(day?.orders);
    const revenue = toNumber(day?.revenue);
    const customers = toNumber(buyer?.customers);
    return {
      customers,
      orders,
      revenue,
      frequencyCentis: divideRounded(orders * 100, customers * period.months),
      averageOrder: divideRounded(revenue, orders),
      revenuePerCustomer: divideRounded(revenue, customers),
    };
  };
  return { members: segment(true), guests: segment(false) };
}

/** Members beside non-members (guest orders reported by the store), this period and the one before. */
export async function compareBehaviour({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: DashboardInput;
}) {
  const period = resolvePeriod(input);
  const base = await loadMaskBase(ctx.db, ctx.merchantId);
  const [current, previous] = await Promise.all([
    measure(ctx, period, base, period.filters.program),
    measure(ctx, period.previous, base, period.filters.program),
  ]);
  return { current, previous };
}
