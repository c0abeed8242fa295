import { type SQL, sql } from "drizzle-orm";
import type { Executor } from "@/db/database";
import { maskMonths, rangeMask } from "./active-mask";
import { selectRows } from "./run-query";

/** Rows of analytics_customers for the store's members, narrowed to a tier when one is chosen. */
export function memberScope(merchantId: string, tier: string | undefined): SQL {
  const tierFilter = tier ? sql` and c.tier = ${tier}` : sql``;
  return sql`c.merchant_id = ${merchantId} and c.is_member${tierFilter}`;
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
