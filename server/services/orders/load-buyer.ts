import { sql } from "drizzle-orm";
import type { Executor } from "@/db/database";
import { NotFound } from "@/server/errors";
import { selectJson } from "../execute-prepared";
import { isUuid } from "../is-uuid";
import { type Balance, balanceJson } from "../ledger/lock-balance";
import type { MemberRef } from "../members/find-member";
import { localDate } from "../stats/local-date";

const recentDays = 400;

export type BuyerMember = {
  id: string;
  name: string | null;
  tier: string | null;
  tierBelowSince: Date | null;
  birthday: string | null;
  isBlocked: boolean;
  totalSpent: number;
  ordersCount: number;
};

type Row = {
  member: Omit<BuyerMember, "tierBelowSince"> & { tierBelowSince: string | null };
  balance: Balance;
  timezone: string;
  currency: string;
  availableLots: number;
  dueLots: number;
  versionIds: string[];
  recentDays: [string, number, number][];
  existingOrder: { id: string; memberId: string } | null;
};

/**
 * Everything pricing needs about a buyer in one round trip: the member, their balance, the
 * points they can spend right now (unexpired lots, plus pending ones already due), the store's
 * zone and currency, the active program versions (primary first), a year of daily stats, and
 * whether an order with the given id already exists. Plain SQL: this runs on every order.
 * With `lock`, the balance row (the member's mutex) is locked too; the balance then is current,
 * while the lot sums and stats may predate a wait for the lock: they only bound the quote, and
 * the spend itself re-reads the lots under the lock.
 */
export async function loadBuyer(
  db: Executor,
  merchantId: string,
  ref: MemberRef,
  now: Date,
  options: { orderExternalId?: string; lock?: boolean } = {},
) {
  const { orderExternalId, lock } = options;
  if ("memberId" in ref && !isUuid(ref.memberId)) throw new NotFound("Member not found");
  const byRef =
    "memberId" in ref ? sql`m.id = ${ref.memberId}` : sql`m.external_id = ${ref.externalId}`;
  const at = now.toISOString();
  const spendableLots = sql`l.merchant_id = m.merchant_id and l.member_id = m.id and l.wallet = 'points'
    and l.remaining > 0 and (l.expires_at is null or l.expires_at > ${at}::timestamptz)`;
  // Calendar months and windows up to a year are answered from these rows (loadMemberStats).
  const recentSince = localDate(new Date(now.getTime() - recentDays * 86_400_000), "UTC");
  const row = await selectJson<Row>(
    db,
    sql`select json_build_object(
      'member', json_build_object('id', m.id, 'name', m.name, 'tier', m.tier, 'tierBelowSince', m.tier_below_since,
        'birthday', m.birthday, 'isBlocked', m.is_blocked, 'totalSpent', m.total_spent,
        'ordersCount', m.orders_count),
      'balance', ${balanceJson("b")},
      'timezone', s.timezone,
      'currency', s.currency,
      'availableLots', (select coalesce(sum(l.remaining), 0) from lots l
        where ${spendableLots} and l.status = 'available'),
      'dueLots', (select coalesce(sum(l.remaining), 0) from lots l
        where ${spendableLots} and l.status = 'pending' and l.available_at <= ${at}::timestamptz),
      'versionIds', (select coalesce(json_agg(p.active_version_id order by p.created_at, p.id), '[]'::json)
        from programs p where p.merchant_id = m.merchant_id and p.status = 'active'
        and p.active_version_id is not null),
      'recentDays', (select coalesce(json_agg(json_build_array(d.day, d.spend, d.orders)), '[]'::json)
        from member_daily_stats d where d.merchant_id = m.merchant_id and d.member_id = m.id
        and d.day >= ${recentSince}::date),
      'existingOrder', (select json_build_object('id', o.id, 'memberId', o.member_id) from orders o
        where o.merchant_id = m.merchant_id and o.external_id = ${orderExternalId ?? null}::text)
    ) as v
    from members m
    join member_balances b on b.merchant_id = m.merchant_id and b.member_id = m.id
    join merchants s on s.id = m.merchant_id
    where m.merchant_id = ${merchantId} and ${byRef}
    ${lock ? sql`for no key update of b` : sql``}`,
  );
  if (!row) throw new NotFound("Member not found");
  const { availableLots, dueLots, recentDays: days, member, ...rest } = row;
  const tierBelowSince = member.tierBelowSince ? new Date(member.tierBelowSince) : null;
  // Due pending points repay debt first when they activate, so only the excess is spendable.
  const spendable = availableLots + Math.max(0, dueLots - row.balance.debt);
  // One day of slack: the rows are keyed by store-local dates.
  const since = localDate(new Date(now.getTime() - (recentDays - 1) * 86_400_000), "UTC");
  const recent = { since, days: days.map(([day, spend, orders]) => ({ day, spend, orders })) };
  return { ...rest, member: { ...member, tierBelowSince }, spendable, recent };
}

export type Buyer = Awaited<ReturnType<typeof loadBuyer>>;
