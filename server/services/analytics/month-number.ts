import { type SQL, sql } from "drizzle-orm";

/** A calendar month as one integer (year * 12 + month - 1): ranges and offsets become arithmetic. */
export type MonthNumber = number;

/** "2026-03" -> 24314; the inverse of formatMonth. */
export function parseMonth(month: string): MonthNumber {
  const [year, mon] = month.split("-").map(Number);
  return (year ?? 0) * 12 + (mon ?? 1) - 1;
}

export function formatMonth(month: MonthNumber): string {
  const year = Math.floor(month / 12);
  return `${year}-${String((month % 12) + 1).padStart(2, "0")}`;
}

/** The first local day of a month, as YYYY-MM-DD. */
export function firstDayOf(month: MonthNumber): string {
  return `${formatMonth(month)}-01`;
}

/** The store-local month number of a timestamptz expression, computed in SQL. */
export function localMonthSql(instant: SQL, timezone: string): SQL {
  const local = sql`(${instant} at time zone ${timezone})`;
  return sql`(extract(year from ${local})::int * 12 + extract(month from ${local})::int - 1)`;
}

/** The store-local date of a timestamptz expression, computed in SQL. */
export function localDaySql(instant: SQL, timezone: string): SQL {
  return sql`(${instant} at time zone ${timezone})::date`;
}
