import { sql } from "drizzle-orm";
import type { ServiceContext } from "../context";
import { getStoreTimezone } from "../settings/get-store-timezone";
import { localDate } from "../stats/local-date";
import type { DashboardInput } from "./dashboard-input";
import { boughtInMonth, loadMaskBase, memberScope } from "./member-scope";
import { formatMonth, parseMonth } from "./month-number";
import { shareBp } from "./ratio";
import { resolvePeriod } from "./resolve-period";
import { selectRows, toNumber } from "./run-query";

export const cohortOffsets = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;

export type CohortCell = {
  offset: number;
  month: string;
  returned: number;
  shareBp: number | null;
};
export type CohortRow = { cohort: string; size: number; cells: CohortCell[] };

/**
 * Members grouped by join month (or first-purchase month), up to twelve cohorts ending with the
 * range's last month; a cell is the share of the cohort that bought in month +k. Months after
 * the current one have no cell.
 */
export async function buildCohorts({
  ctx,
  input,
  now = new Date(),
}: {
  ctx: ServiceContext;
  input: DashboardInput;
  now?: Date;
}) {
  const period = resolvePeriod(input);
  const { filters } = period;
  const cohort = filters.cohortBy === "join" ? sql`c.joined_month` : sql`c.first_order_month`;
  const first = period.to - 11;
  const base = await loadMaskBase(ctx.db, ctx.merchantId);
  const returned = cohortOffsets.map(
    (k) =>
      sql`count(*) filter (where ${boughtInMonth(sql`${cohort} + ${k}::int`, base)}) as m${sql.raw(String(k))}`,
  );
  const rows = await selectRows(
    ctx.db,
    sql`select ${cohort} as cohort, count(*) as size, ${sql.join(returned, sql`, `)}
      from analytics_customers c
      where ${memberScope(ctx.merchantId, filters)} and ${cohort} between ${first} and ${period.to}
      group by 1 order by 1`,
  );
  const currentMonth = parseMonth(localDate(now, await getStoreTimezone(ctx.db, ctx.merchantId)));
  const cohorts: CohortRow[] = rows.map((row) => {
    const month = toNumber(row.cohort);
    const size = toNumber(row.size);
    return {
      cohort: formatMonth(month),
      size,
      cells: cohortOffsets
        .filter((k) => month + k <= currentMonth)
        .map((k) => {
          const count = toNumber(row[`m${k}`]);
          return {
            offset: k,
            month: formatMonth(month + k),
            returned: count,
            shareBp: shareBp(count, size),
          };
        }),
    };
  });
  return { cohortBy: filters.cohortBy, cohorts };
}
