import { type SQL, sql } from "drizzle-orm";
import type { Executor } from "@/db/database";
import { maskMonths, rangeMask } from "./active-mask";
import { selectRows } from "./run-query";

type Scope = { tier?: string | undefined; program?: string | undefined };

/** The tier and program conditions on analytics_customers rows (`c`) of members. */
export function memberFilters({ tier, program }: Scope): SQL {
  const byTier = tier ? sql` and c.tier = ${tier}` : sql``;
  const byProgram = program ? sql` and ${program}::uuid = any(c.program_ids)` : sql``;
  return sql`${byTier}${byProgram}`;
}

/** Rows of analytics_customers for the store's members, narrowed by the tier and program filters. */
export function memberScope(merchantId: string, scope: Scope): SQL {
  return sql`c.merchant_id = ${merchantId} and c.is_member${memberFilters(scope)}`;
}

/**
 * analytics_order_days' rows, members' side limited to orders priced with the program when one
 * is chosen (guests have no program, so their side stays whole).
 */
export function orderDays(merchantId: string, program: string | undefined): SQL {
  if (!program)
    return sql`(select * from analytics_order_days where merchant_id = ${merchantId}) d`;
  return sql`(select day, true as is_member, orders, revenue, discount, points_value
      from analytics_program_order_days where merchant_id = ${merchantId} and program_id = ${program}
    union all
    select day, is_member, orders, revenue, discount, points_value
      from analytics_order_days where merchant_id = ${merchantId} and not is_member) d`;
}

/** analytics_point_days' rows, or the program's entries only. */
export function pointDays(merchantId: string, program: string | undefined): SQL {
  if (!program)
    return sql`(select * from analytics_point_days where merchant_id = ${merchantId}) p`;
  return sql`(select * from analytics_program_point_days
    where merchant_id = ${merchantId} and program_id = ${program}) p`;
}

/** Bit 0 of the store's activity masks (null: no rollups yet). */
export async function loadMaskBase(db: Executor, merchantId: string): Promise<number | null> {
  const [row] = await selectRows<{ base: number }>(
    db,
    sql`select mask_base_month as base from analytics_state where merchant_id = ${merchantId}`,
  );
  return row ? Number(row.base) : null;
}

/** True when the row bought in any month from..to: one AND on the bitmask, or the array. */
export function boughtIn(from: number, to: number, base: number | null): SQL {
  const mask = base === null ? null : rangeMask(from, to, base);
  if (mask !== null) return sql`(c.active_mask & ${mask}::bigint) <> 0`;
  return sql`c.active_months && array(select generate_series(${from}::int, ${to}::int))`;
}

/** True when the row bought in month (expression) `month`. */
export function boughtInMonth(month: SQL, base: number | null): SQL {
  const any = sql`${month} = any(c.active_months)`;
  if (base === null) return any;
  const bit = sql`(${month} - ${base})`;
  return sql`(case when ${bit} between 0 and ${maskMonths - 1}
    then (c.active_mask >> ${bit}::int) & 1 = 1 else ${any} end)`;
}
