import { sql } from "drizzle-orm";
import type { Executor } from "@/db/database";
import { rowsOf } from "./rows-of";

export type LedgerMismatch = { merchantId: string; memberId: string; problem: string };

/**
 * The ledger's invariants, checked in SQL: every balance column equals the sum of its ledger
 * deltas, and equals what the lots (or active holds) actually contain. Empty means consistent.
 */
export async function findLedgerMismatches(
  db: Executor,
  merchantId?: string,
): Promise<LedgerMismatch[]> {
  const scope = merchantId ? sql`where merchant_id = ${merchantId}` : sql``;
  const result = await db.execute(sql`
    with l as (
      select merchant_id, member_id, sum(available) a, sum(pending) p, sum(held) h,
        sum(cashback) c, sum(pending_cashback) pc, sum(debt) d
      from ledger_entries ${scope} group by 1, 2),
    lo as (
      select merchant_id, member_id,
        sum(remaining) filter (where wallet = 'points' and status = 'available') a,
        sum(remaining) filter (where wallet = 'points' and status = 'pending') p,
        sum(remaining) filter (where wallet = 'cashback' and status = 'available') c,
        sum(remaining) filter (where wallet = 'cashback' and status = 'pending') pc
      from lots ${scope} group by 1, 2),
    ho as (
      select h.merchant_id, h.member_id, sum(a.amount - a.returned) h
      from holds h join lot_allocations a on a.merchant_id = h.merchant_id and a.hold_id = h.id
      where h.status = 'active' ${merchantId ? sql`and h.merchant_id = ${merchantId}` : sql``}
      group by 1, 2)
    select b.merchant_id as "merchantId", b.member_id::text as "memberId", concat_ws(', ',
      case when b.available <> coalesce(l.a, 0) then 'available <> ledger' end,
      case when b.pending <> coalesce(l.p, 0) then 'pending <> ledger' end,
      case when b.held <> coalesce(l.h, 0) then 'held <> ledger' end,
      case when b.cashback <> coalesce(l.c, 0) then 'cashback <> ledger' end,
      case when b.pending_cashback <> coalesce(l.pc, 0) then 'pending_cashback <> ledger' end,
      case when b.debt <> coalesce(l.d, 0) then 'debt <> ledger' end,
      case when b.available <> coalesce(lo.a, 0) then 'available <> lots' end,
      case when b.pending <> coalesce(lo.p, 0) then 'pending <> lots' end,
      case when b.cashback <> coalesce(lo.c, 0) then 'cashback <> lots' end,
      case when b.pending_cashback <> coalesce(lo.pc, 0) then 'pending_cashback <> lots' end,
      case when b.held <> coalesce(ho.h, 0) then 'held <> active holds' end) as problem
    from member_balances b
    left join l on l.merchant_id = b.merchant_id and l.member_id = b.member_id
    left join lo on lo.merchant_id = b.merchant_id and lo.member_id = b.member_id
    left join ho on ho.merchant_id = b.merchant_id and ho.member_id = b.member_id
    ${merchantId ? sql`where b.merchant_id = ${merchantId}` : sql``}`);
  return rowsOf<LedgerMismatch>(result).filter((row) => row.problem !== "");
}
