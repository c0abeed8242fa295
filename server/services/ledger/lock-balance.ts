import { sql } from "drizzle-orm";
import type { Executor } from "@/db/database";
import { memberBalances } from "@/db/schema";
import { NotFound } from "@/server/errors";
import { selectJson } from "../execute-prepared";
import { queueForMember } from "./queue-for-member";

export type MemberKey = { merchantId: string; memberId: string };
export type Balance = {
  available: number;
  pending: number;
  held: number;
  cashback: number;
  pendingCashback: number;
  debt: number;
};

export const balanceJson = (alias: string) => {
  const b = sql.raw(alias);
  return sql`json_build_object('available', ${b}.available, 'pending', ${b}.pending, 'held', ${b}.held,
    'cashback', ${b}.cashback, 'pendingCashback', ${b}.pending_cashback, 'debt', ${b}.debt)`;
};

/**
 * The balance row is the member's mutex: every change to a member's lots, holds or balance
 * locks it first, so the lots read afterwards cannot change under us. The member's queue is
 * sent with the lock, in the same round trip.
 */
export async function lockBalance(tx: Executor, key: MemberKey): Promise<Balance> {
  const [, balance] = await Promise.all([
    queueForMember(tx, key.merchantId, { memberId: key.memberId }),
    selectJson<Balance>(
      tx,
      sql`select ${balanceJson("b")} as v from member_balances b
        where b.merchant_id = ${key.merchantId} and b.member_id = ${key.memberId} for no key update`,
    ),
  ]);
  if (!balance) throw new NotFound("Member not found");
  return balance;
}

/** Locks several members in one fixed order (merchant, member) so batch jobs never deadlock. */
export async function lockBalances(tx: Executor, keys: MemberKey[]) {
  if (keys.length === 0) return [];
  const pairs = sql.join(
    keys.map((k) => sql`(${k.merchantId}, ${k.memberId}::uuid)`),
    sql`, `,
  );
  return tx
    .select()
    .from(memberBalances)
    .where(sql`(${memberBalances.merchantId}, ${memberBalances.memberId}) in (${pairs})`)
    .orderBy(memberBalances.merchantId, memberBalances.memberId)
    .for("no key update");
}
