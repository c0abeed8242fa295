import type { MemberKey } from "../ledger/lock-balance";
import type { Statement, WriteBatch } from "../ledger/write-batch";
import { localDate } from "./local-date";

type Change = {
  /** Spend to add (negative for a refund), orders to add (1 paid, -1 fully refunded). */
  spend: number;
  orders: number;
  /** When the order was paid: its store-local day holds the figures. */
  paidAt: Date;
  timezone: string;
  tier?: { tierId: string; belowSince: Date | null };
};

const addDailyStats = `insert into member_daily_stats (merchant_id, member_id, day, spend, orders)
  values ($1, $2, $3, $4, $5)
  on conflict (merchant_id, member_id, day) do update
  set spend = member_daily_stats.spend + excluded.spend, orders = member_daily_stats.orders + excluded.orders`;

// Prebuilt texts (every paid order runs one), by whether the order is counted and the tier moves.
const updateMember = {
  base: `update members set orders_count = orders_count + $3, total_spent = total_spent + $4,
    updated_at = $5::timestamptz`,
  firstAndLast: `, first_order_at = coalesce(first_order_at, $5::timestamptz),
    last_order_at = greatest(last_order_at, $5::timestamptz)`,
  tier: ", tier = $6, tier_below_since = $7::timestamptz",
  where: " where merchant_id = $1 and id = $2",
};
const memberTexts = new Map<string, string>();

function memberUpdateText(counted: boolean, tiered: boolean) {
  const key = `${counted}:${tiered}`;
  let text = memberTexts.get(key);
  if (!text) {
    text = [
      updateMember.base,
      counted ? updateMember.firstAndLast : "",
      tiered ? updateMember.tier : "",
      updateMember.where,
    ].join("");
    memberTexts.set(key, text);
  }
  return text;
}

/** Keeps lifetime and daily figures in step with paid and refunded orders (caller holds the member lock). */
export function queueOrderCount(batch: WriteBatch, key: MemberKey, change: Change) {
  const { merchantId, memberId } = key;
  const { spend, orders, tier } = change;
  const day = localDate(change.paidAt, change.timezone);
  const paidAt = change.paidAt.toISOString();
  batch.add({ text: addDailyStats, params: [merchantId, memberId, day, spend, orders] }, [
    `daily:${merchantId}:${memberId}:${day}`,
  ]);
  const member: Statement = {
    text: memberUpdateText(orders > 0, tier !== undefined),
    params: [merchantId, memberId, orders, spend, paidAt],
  };
  if (tier) member.params.push(tier.tierId, tier.belowSince?.toISOString() ?? null);
  batch.add(member, [`member:${merchantId}:${memberId}`]);
}
