import { type SQL, sql } from "drizzle-orm";

/** Bits 0..61 of a bigint: the 62 months up to the rebuild's month (no sign-bit overflow). */
export const maskMonths = 62;

export const maskBaseMonth = (currentMonth: number) => currentMonth - (maskMonths - 1);

/** SQL: the bitmask of the months in an int[] that fall in the mask's window. */
export function maskOf(months: SQL, base: number): SQL {
  return sql`coalesce((select sum(1::bigint << (m - ${base})) from unnest(${months}) m
    where m between ${base} and ${base + maskMonths - 1}), 0)::bigint`;
}

/** The mask of months from..to, or null when the range leaves the mask's window. */
export function rangeMask(from: number, to: number, base: number): string | null {
  if (from < base || to > base + maskMonths - 1) return null;
  const bits = (1n << BigInt(to - from + 1)) - 1n;
  return String(bits << BigInt(from - base));
}
