import type { Executor } from "@/db/database";
import { NotFound } from "@/server/errors";
import { selectJsonStatement } from "../execute-prepared";
import { isUuid } from "../is-uuid";
import type { Balance } from "../ledger/lock-balance";
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
  /** Joined with a referral code that is still waiting for their first order to clear. */
  isReferred: boolean;
  /** What the widget signs the member-page link for (see member-link-token). */
  pageLinkGeneration: number;
};

type Row = {
  member: Omit<BuyerMember, "tierBelowSince"> & { tierBelowSince: string | null };
  balance: Balance;
  timezone: string;
  currency: string;
  availableLots?: number;
  dueLots?: number;
  versionIds: string[];
  clubProgramIds: string[];
  recentDays: [string, number, number][];
  existingOrder: { id: string; memberId: string } | null;
};

type Shape = { byId: boolean; lotSums: boolean };

// $1 merchant, $2 member id or external id, $3 first day of the stats, $4 order id, $5 now.
function buyerStatement({ byId, lotSums }: Shape) {
  const spendableLots = `l.merchant_id = m.merchant_id and l.member_id = m.id and l.wallet = 'points'
    and l.is_open and (l.expires_at is null or l.expires_at > $5::timestamptz)`;
  const sums = lotSums
    ? `'availableLots', (select coalesce(sum(l.remaining), 0) from lots l
        where ${spendableLots} and l.status = 'available'),
      'dueLots', (select coalesce(sum(l.remaining), 0) from lots l
        where ${spendableLots} and l.status = 'pending' and l.available_at <= $5::timestamptz),`
    : "";
  return `select json_build_object(
      'member', json_build_object('id', m.id, 'name', m.name, 'tier', m.tier, 'tierBelowSince', m.tier_below_since,
        'birthday', m.birthday, 'isBlocked', m.is_blocked, 'totalSpent', m.total_spent,
        'ordersCount', m.orders_count, 'pageLinkGeneration', m.page_link_generation,
        'isReferred', exists(select 1 from referrals r where r.merchant_id = m.merchant_id
          and r.friend_member_id = m.id and r.status = 'waiting')),
      'balance', json_build_object('available', b.available, 'pending', b.pending, 'held', b.held,
        'cashback', b.cashback, 'pendingCashback', b.pending_cashback, 'debt', b.debt),
      'timezone', s.timezone,
      'currency', s.currency,
      ${sums}
      'versionIds', (select coalesce(json_agg(p.active_version_id order by p.created_at, p.id), '[]'::json)
        from programs p where p.merchant_id = m.merchant_id and p.status = 'active'
        and p.active_version_id is not null),
      'clubProgramIds', (select coalesce(json_agg(distinct c.program_id), '[]'::json)
        from club_memberships c where c.merchant_id = m.merchant_id and c.member_id = m.id
        and c.starts_at <= $5::timestamptz and (c.ends_at is null or c.ends_at > $5::timestamptz)),
      'recentDays', (select coalesce(json_agg(json_build_array(d.day, d.spend, d.orders)), '[]'::json)
        from member_daily_stats d where d.merchant_id = m.merchant_id and d.member_id = m.id
        and d.day >= $3::date),
      'existingOrder', (select json_build_object('id', o.id, 'memberId', o.member_id) from orders o
        where o.merchant_id = m.merchant_id and o.external_id = $4::text)
    ) as v
    from members m
    join member_balances b on b.merchant_id = m.merchant_id and b.member_id = m.id
    join merchants s on s.id = m.merchant_id
    where m.merchant_id = $1 and ${byId ? "m.id = $2::uuid" : "m.external_id = $2::text"}`;
}

const statements = new Map<string, string>();
function statementFor(shape: Shape) {
  const key = `${shape.byId}:${shape.lotSums}`;
  let text = statements.get(key);
  if (!text) {
    text = buyerStatement(shape);
    statements.set(key, text);
  }
  return text;
}

/**
 * Everything pricing needs about a buyer in one round trip: the member, their balance, the
 * points they can spend right now (unexpired lots, plus pending ones already due), the store's
 * zone and currency, the active program versions (primary first), a year of daily stats, and
 * whether an order with the given id already exists. A statement built once: this runs on
 * every order and every widget quote.
 * Without `lotSums` the caller counts the spendable points itself (lockBuyer, from lots read
 * after the lock) and `spendable` is 0.
 */
export async function loadBuyer(
  db: Executor,
  merchantId: string,
  ref: MemberRef,
  now: Date,
  options: { orderExternalId?: string; lotSums?: boolean } = {},
) {
  const { orderExternalId, lotSums = true } = options;
  const byId = "memberId" in ref;
  if (byId && !isUuid(ref.memberId)) throw new NotFound("Member not found");
  // Calendar months and windows up to a year are answered from these rows (loadMemberStats).
  const recentSince = localDate(new Date(now.getTime() - recentDays * 86_400_000), "UTC");
  const text = statementFor({ byId, lotSums });
  const params: (string | null)[] = [merchantId, byId ? ref.memberId : ref.externalId, recentSince];
  params.push(orderExternalId ?? null, now.toISOString());
  const row = await selectJsonStatement<Row>(db, text, params);
  if (!row) throw new NotFound("Member not found");
  const { availableLots, dueLots, recentDays: days, member, ...rest } = row;
  const tierBelowSince = member.tierBelowSince ? new Date(member.tierBelowSince) : null;
  const spendable = spendablePoints(availableLots ?? 0, dueLots ?? 0, row.balance.debt);
  // One day of slack: the rows are keyed by store-local dates.
  const since = localDate(new Date(now.getTime() - (recentDays - 1) * 86_400_000), "UTC");
  const recent = { since, days: days.map(([day, spend, orders]) => ({ day, spend, orders })) };
  return { ...rest, member: { ...member, tierBelowSince }, spendable, recent };
}

/** Due pending points repay debt first when they activate, so only the excess is spendable. */
export function spendablePoints(available: number, due: number, debt: number) {
  return available + Math.max(0, due - debt);
}

export type Buyer = Awaited<ReturnType<typeof loadBuyer>>;
