import type { ServiceContext } from "../context";
import { sumExpiredHolds } from "../ledger/release-expired-holds-of";
import { loadBuyer } from "../orders/load-buyer";
import type { MemberRef } from "./find-member";

/**
 * The stored balance plus `spendable`: what the member can pay with right now. It leaves out
 * expired points the job has not burned yet and counts expired holds as already released.
 */
export async function getMemberBalance({
  ctx,
  member,
  now = new Date(),
}: {
  ctx: ServiceContext;
  member: MemberRef;
  now?: Date;
}) {
  const buyer = await loadBuyer(ctx.db, ctx.merchantId, member, now);
  const { available, pending, held, cashback, pendingCashback, debt } = buyer.balance;
  const key = { merchantId: ctx.merchantId, memberId: buyer.member.id };
  const released = held > 0 ? await sumExpiredHolds(ctx.db, key, now) : 0;
  return {
    memberId: buyer.member.id,
    available,
    pending,
    held,
    cashback,
    pendingCashback,
    debt,
    spendable: buyer.spendable + released,
  };
}
