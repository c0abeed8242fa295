import { sql } from "drizzle-orm";
import type { ServiceContext } from "../context";
import { getStoreTimezone } from "../settings/get-store-timezone";
import { localDate } from "../stats/local-date";
import type { DashboardInput } from "./dashboard-input";
import { findPointValue } from "./find-point-value";
import { pointDays } from "./member-scope";
import { firstDayOf, formatMonth, parseMonth } from "./month-number";
import { divideRounded, shareBp } from "./ratio";
import { resolvePeriod } from "./resolve-period";
import { selectRows, toNumber } from "./run-query";

export type PointMonth = {
  month: string;
  earned: number;
  spent: number;
  expired: number;
  reversed: number;
};
export type PointForecast = { month: string; expiring: number; expectedRedemptions: number };

/**
 * Points flow per month of the range; what members hold now and what it is worth (liability);
 * breakage = expired / (expired + spent) in the range; a forecast for this month and the next
 * two: points whose lots expire then, and redemptions at the average of the last three full months.
 */
export async function summarizePoints({
  ctx,
  input,
  now = new Date(),
}: {
  ctx: ServiceContext;
  input: DashboardInput;
  now?: Date;
}) {
  const period = resolvePeriod(input);
  const tz = await getStoreTimezone(ctx.db, ctx.merchantId);
  const thisMonth = parseMonth(localDate(now, tz));
  const byMonth = sql`date_trunc('month', day)::date`;
  const [flow, [held], expiring, [recent], pointValue] = await Promise.all([
    selectRows(
      ctx.db,
      sql`select to_char(${byMonth}, 'YYYY-MM') as month, sum(earned) as earned,
          sum(spent) as spent, sum(expired) as expired, sum(reversed) as reversed
        from ${pointDays(ctx.merchantId, period.filters.program)}
        where day >= ${period.fromDay}::date
          and day < ${period.toDayExclusive}::date
        group by 1 order by 1`,
    ),
    selectRows(
      ctx.db,
      sql`select coalesce(sum(available + pending + held), 0) as points,
          coalesce(sum(cashback + pending_cashback), 0) as cashback
        from member_balances where merchant_id = ${ctx.merchantId}`,
    ),
    selectRows(
      ctx.db,
      sql`select month, points from analytics_expiry_months
        where merchant_id = ${ctx.merchantId} and month between ${thisMonth} and ${thisMonth + 2}`,
    ),
    selectRows(
      ctx.db,
      sql`select coalesce(sum(spent), 0) as spent from analytics_point_days
        where merchant_id = ${ctx.merchantId} and day >= ${firstDayOf(thisMonth - 3)}::date
          and day < ${firstDayOf(thisMonth)}::date`,
    ),
    findPointValue(ctx.db, ctx.merchantId),
  ]);
  const months: PointMonth[] = [];
  for (let m = period.from; m <= period.to; m++) {
    const row = flow.find((r) => r.month === formatMonth(m)) ?? {};
    months.push({
      month: formatMonth(m),
      earned: toNumber(row.earned),
      spent: toNumber(row.spent),
      expired: toNumber(row.expired),
      reversed: toNumber(row.reversed),
    });
  }
  const total = (key: keyof Omit<PointMonth, "month">) => months.reduce((s, m) => s + m[key], 0);
  const outstanding = toNumber(held?.points);
  const expectedRedemptions = divideRounded(toNumber(recent?.spent), 3) ?? 0;
  const forecast: PointForecast[] = [0, 1, 2].map((k) => ({
    month: formatMonth(thisMonth + k),
    expiring: toNumber(expiring.find((r) => Number(r.month) === thisMonth + k)?.points),
    expectedRedemptions,
  }));
  return {
    months,
    totals: {
      earned: total("earned"),
      spent: total("spent"),
      expired: total("expired"),
      reversed: total("reversed"),
    },
    breakageBp: shareBp(total("expired"), total("expired") + total("spent")),
    outstanding,
    pointValue,
    liability: pointValue === null ? null : outstanding * pointValue,
    cashbackOutstanding: toNumber(held?.cashback),
    forecast,
  };
}
