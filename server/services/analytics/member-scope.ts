import { type SQL, sql } from "drizzle-orm";

/** Rows of analytics_customers for the store's members, narrowed to a tier when one is chosen. */
export function memberScope(merchantId: string, tier: string | undefined): SQL {
  const tierFilter = tier
    ? sql` and c.member_id in (select id from members where merchant_id = ${merchantId} and tier = ${tier})`
    : sql``;
  return sql`c.merchant_id = ${merchantId} and c.is_member${tierFilter}`;
}

/** True when the row bought in any month from..to. */
export function boughtIn(from: number, to: number): SQL {
  return sql`c.active_months && array(select generate_series(${from}::int, ${to}::int))`;
}
