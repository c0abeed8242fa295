import { sql } from "drizzle-orm";
import type { MemberKey } from "../ledger/lock-balance";
import type { WriteBatch } from "../ledger/write-batch";
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

/** Keeps lifetime and daily figures in step with paid and refunded orders (caller holds the member lock). */
export function queueOrderCount(batch: WriteBatch, key: MemberKey, change: Change) {
  const { merchantId, memberId } = key;
  const { spend, orders } = change;
  const day = localDate(change.paidAt, change.timezone);
  const paidAt = change.paidAt.toISOString();
  batch.add(
    sql`insert into member_daily_stats (merchant_id, member_id, day, spend, orders)
      values (${merchantId}, ${memberId}, ${day}, ${spend}, ${orders})
      on conflict (merchant_id, member_id, day) do update
      set spend = member_daily_stats.spend + excluded.spend, orders = member_daily_stats.orders + excluded.orders`,
    [`daily:${merchantId}:${memberId}:${day}`],
  );
  const firstAndLast =
    orders > 0
      ? sql`, first_order_at = coalesce(first_order_at, ${paidAt}::timestamptz),
        last_order_at = greatest(last_order_at, ${paidAt}::timestamptz)`
      : sql``;
  const tier = change.tier
    ? sql`, tier = ${change.tier.tierId}, tier_below_since = ${change.tier.belowSince?.toISOString() ?? null}::timestamptz`
    : sql``;
  batch.add(
    sql`update members set orders_count = orders_count + ${orders}, total_spent = total_spent + ${spend},
      updated_at = ${paidAt} ${firstAndLast} ${tier}
      where merchant_id = ${merchantId} and id = ${memberId}`,
    [`member:${merchantId}:${memberId}`],
  );
}
