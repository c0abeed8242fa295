import type { Executor } from "@/db/database";
import { NotFound } from "@/server/errors";
import { isUuid } from "../is-uuid";
import { readSpendableLots } from "../ledger/take-points";
import type { MemberRef } from "../members/find-member";
import { loadBuyer, spendablePoints } from "./load-buyer";

/**
 * The buyer with their balance row locked, and their spendable lots read right after the lock
 * in a second statement (it sees the last lock holder's writes). Both are sent at once, so
 * this costs one round trip; the spendable points are counted from those fresh lots.
 */
export async function lockBuyer(
  tx: Executor,
  merchantId: string,
  ref: MemberRef,
  now: Date,
  orderExternalId: string,
) {
  if ("memberId" in ref && !isUuid(ref.memberId)) throw new NotFound("Member not found");
  const options = { orderExternalId, lock: true, lotSums: false };
  const [buyer, lots] = await Promise.all([
    loadBuyer(tx, merchantId, ref, now, options),
    readSpendableLots(tx, merchantId, ref, now),
  ]);
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
