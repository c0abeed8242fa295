import { and, eq, gte, isNotNull, lt, lte, type SQL, sql } from "drizzle-orm";
import { z } from "zod";
import { fromZonedLocal } from "@/components/format/zoned-time";
import { memberBalances, members } from "@/db/schema";
import { firstDayOf, parseMonth } from "../analytics/month-number";

const Day = z.iso.date().optional().catch(undefined);
const Month = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
  .optional()
  .catch(undefined);
const Count = z.coerce.number().int().min(0).max(1e12).optional().catch(undefined);

export const memberSorts = ["joined", "name", "balance", "spent", "orders", "lastOrder"] as const;
export type MemberSort = (typeof memberSorts)[number];

/** The members list filter: also the CSV export's, so both always select the same members. */
export const MemberFilter = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  tier: z.string().trim().max(100).optional().catch(undefined),
  balanceMin: Count,
  balanceMax: Count,
  lastOrderAfter: Day,
  lastOrderBefore: Day,
  lapsedDays: z.coerce.number().int().min(1).max(3650).optional().catch(undefined),
  joinedFrom: Day,
  joinedTo: Day,
  isBlocked: z.enum(["yes", "no"]).optional().catch(undefined),
  /** Dashboard drill-downs: a cohort (join or first-purchase month) and a month they bought in. */
  joinedMonth: Month,
  firstOrderMonth: Month,
  boughtMonth: Month,
  /** Dashboard drill-down for program-filtered figures: members who bought with the program. */
  program: z.guid().optional().catch(undefined),
  /** Tier movement drill-down: members who moved up or down in movedFrom..movedTo (store months). */
  tierMove: z.enum(["up", "down"]).optional().catch(undefined),
  movedFrom: Month,
  movedTo: Month,
});
export type MemberFilter = z.infer<typeof MemberFilter>;

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Dates are store-local days; `to`/`before` include the whole day named. */
export function buildMemberWhere(
  merchantId: string,
  filter: MemberFilter,
  clock: { now: Date; timezone: string },
): SQL | undefined {
  const day = (date: string | undefined, next = false) => {
    if (!date) return null;
    const start = fromZonedLocal(date, clock.timezone);
    return start && next ? fromZonedLocal(nextDay(date), clock.timezone) : start;
  };
  const conditions: (SQL | undefined)[] = [eq(members.merchantId, merchantId)];
  const q = filter.q?.toLowerCase();
  if (q) conditions.push(buildSearch(q, filter.q ?? ""));
  if (filter.tier) conditions.push(eq(members.tier, filter.tier));
  if (filter.balanceMin !== undefined)
    conditions.push(gte(memberBalances.available, filter.balanceMin));
  if (filter.balanceMax !== undefined)
    conditions.push(lte(memberBalances.available, filter.balanceMax));
  const after = day(filter.lastOrderAfter);
  if (after) conditions.push(gte(members.lastOrderAt, after));
  const before = day(filter.lastOrderBefore, true);
  if (before) conditions.push(lt(members.lastOrderAt, before));
  if (filter.lapsedDays) {
    const since = new Date(clock.now.getTime() - filter.lapsedDays * 86_400_000);
    conditions.push(isNotNull(members.lastOrderAt), lt(members.lastOrderAt, since));
  }
  const joinedFrom = day(filter.joinedFrom);
  if (joinedFrom) conditions.push(gte(members.joinedAt, joinedFrom));
  const joinedTo = day(filter.joinedTo, true);
  if (joinedTo) conditions.push(lt(members.joinedAt, joinedTo));
  if (filter.isBlocked) conditions.push(eq(members.isBlocked, filter.isBlocked === "yes"));
  conditions.push(buildCohortCondition(merchantId, filter));
  conditions.push(buildTierMoveCondition(merchantId, filter, clock.timezone));
  return and(...conditions);
}

/**
 * Cohort filters read the dashboard's rollup (analytics_customers), so a heatmap cell and the
 * members it opens are counted from the same rows, in the store's months.
 */
function buildCohortCondition(merchantId: string, filter: MemberFilter): SQL | undefined {
  const { joinedMonth, firstOrderMonth, boughtMonth, program } = filter;
  if (!joinedMonth && !firstOrderMonth && !boughtMonth && !program) return undefined;
  const parts: SQL[] = [sql`c.merchant_id = ${merchantId}`, sql`c.is_member`];
  if (joinedMonth) parts.push(sql`c.joined_month = ${parseMonth(joinedMonth)}`);
  if (firstOrderMonth) parts.push(sql`c.first_order_month = ${parseMonth(firstOrderMonth)}`);
  if (boughtMonth) parts.push(sql`${parseMonth(boughtMonth)}::int = any(c.active_months)`);
  if (program) parts.push(sql`${program}::uuid = any(c.program_ids)`);
  const rows = sql`select c.member_id from analytics_customers c where ${sql.join(parts, sql` and `)}`;
  // One cohort is a few thousand members found through the rollup's month indexes: fetched
  // first and looked up by key, instead of walking every newer member for a page sorted by join
  // date. Wider sets (a month bought in, a program) stay a semi-join.
  if (joinedMonth || firstOrderMonth) return sql`${members.id} = any(array(${rows}))`;
  return sql`${members.id} in (${rows})`;
}

/** Members with a tier movement of that direction in the months (all time without months). */
function buildTierMoveCondition(
  merchantId: string,
  filter: MemberFilter,
  timezone: string,
): SQL | undefined {
  const { tierMove, movedFrom, movedTo } = filter;
  if (!tierMove) return undefined;
  const parts: SQL[] = [sql`t.merchant_id = ${merchantId}`, sql`t.direction = ${tierMove}`];
  if (movedFrom || movedTo) {
    const range = monthBounds(movedFrom ?? movedTo ?? "", movedTo ?? movedFrom ?? "", timezone);
    parts.push(sql`t.changed_at >= ${range.start.toISOString()}::timestamptz`);
    parts.push(sql`t.changed_at < ${range.end.toISOString()}::timestamptz`);
  }
  return sql`${members.id} in (select t.member_id from tier_changes t where ${sql.join(parts, sql` and `)})`;
}

/** The instants a range of store-local months starts and ends at (end exclusive). */
function monthBounds(from: string, to: string, timezone: string) {
  const start = fromZonedLocal(firstDayOf(parseMonth(from)), timezone);
  const end = fromZonedLocal(firstDayOf(parseMonth(to) + 1), timezone);
  if (!start || !end) throw new Error(`Cannot place ${from}..${to} in ${timezone}`);
  return { start, end };
}

function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * An email is matched by prefix (index on lower(email)), digits by external id prefix, phone
 * digits or the whole card number (spaces allowed, as printed); other text by name, email prefix and external id prefix. Name and phone look
 * inside the text, so they scan the store's rows.
 */
function buildSearch(q: string, raw: string): SQL {
  const prefix = `${escapeLike(q)}%`;
  const idPrefix = sql`${members.externalId} like ${`${escapeLike(raw)}%`}`;
  if (q.includes("@")) return sql`lower(${members.email}) like ${prefix}`;
  const digits = q.replace(/\D/g, "");
  if (/^[\d\s()+-]+$/.test(q) && digits.length >= 3) {
    const phone = sql`regexp_replace(coalesce(${members.phone}, ''), '\\D', '', 'g') like ${`%${digits}%`}`;
    return sql`(${idPrefix} or ${phone} or ${members.cardNumber} = ${digits})`;
  }
  const name = sql`lower(${members.name}) like ${`%${escapeLike(q)}%`}`;
  return sql`(${name} or lower(${members.email}) like ${prefix} or ${idPrefix})`;
}
