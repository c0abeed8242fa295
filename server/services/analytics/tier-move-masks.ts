import { type SQL, sql } from "drizzle-orm";
import { maskMonths } from "./active-mask";
import { localMonthSql } from "./month-number";

/** Each member's months with a tier movement up, and down, as bits from `base` (62 months). */
export function tierMoveMasksSql(merchantId: string, tz: string, base: number): SQL {
  const bit = sql`(1::bigint << (t.month - ${base}))`;
  return sql`select t.member_id,
      coalesce(bit_or(${bit}) filter (where t.direction = 'up'), 0) as up_mask,
      coalesce(bit_or(${bit}) filter (where t.direction = 'down'), 0) as down_mask
    from (select member_id, direction, ${localMonthSql(sql`changed_at`, tz)} as month
      from tier_changes where merchant_id = ${merchantId}) t
    where t.month between ${base} and ${base + maskMonths - 1}
    group by 1`;
}
