import type { Executor } from "@/db/database";
import { NotFound } from "@/server/errors";
import { selectJsonStatement } from "../execute-prepared";
import { isUuid } from "../is-uuid";
import { queueForMember } from "../ledger/queue-for-member";
import { readSpendableLots } from "../ledger/take-points";
import type { MemberRef } from "../members/find-member";
import { loadBuyer, spendablePoints } from "./load-buyer";

// $1 merchant, $2 member id or the store's customer id.
const lockStatement = (byId: boolean) =>
  `select 1 as v from member_balances b join members m
    on m.merchant_id = b.merchant_id and m.id = b.member_id
    where m.merchant_id = $1 and ${byId ? "m.id = $2::uuid" : "m.external_id = $2::text"}
    for no key update of b`;
const lockById = lockStatement(true);
const lockByExternalId = lockStatement(false);

/**
 * The buyer with their balance row (the member's mutex) locked, read by two more statements
 * sent with the member's queue and the lock in one round trip: the buyer, then their spendable
 * lots. A statement that waits for a lock reads everything but the locked row as it was before
 * the wait, so nothing pricing needs is read by the statements that wait: orders of one member
 * queued behind each other each see the ones paid before them (their tier, their stats, their
 * first order).
 */
export async function lockBuyer(
  tx: Executor,
  merchantId: string,
  ref: MemberRef,
  now: Date,
  orderExternalId: string,
) {
  const byId = "memberId" in ref;
  if (byId && !isUuid(ref.memberId)) throw new NotFound("Member not found");
  const [, locked, buyer, lots] = await Promise.all([
    queueForMember(tx, merchantId, ref),
    selectJsonStatement<number>(tx, byId ? lockById : lockByExternalId, [
      merchantId,
      byId ? ref.memberId : ref.externalId,
    ]),
    loadBuyer(tx, merchantId, ref, now, { orderExternalId, lotSums: false }),
    readSpendableLots(tx, merchantId, ref, now),
  ]);
  if (locked === null) throw new NotFound("Member not found");
  let available = 0;
  let due = 0;
  for (const lot of lots) {
    if (lot.status === "available") available += lot.remaining;
    else due += lot.remaining;
  }
  const spendable = spendablePoints(available, due, buyer.balance.debt);
  return { buyer: { ...buyer, spendable }, lots };
}

export type LockedBuyer = Awaited<ReturnType<typeof lockBuyer>>;
