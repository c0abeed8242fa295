import { and, eq, sql } from "drizzle-orm";
import type { Executor } from "@/db/database";
import { memberBalances, members, merchants } from "@/db/schema";
import { NotFound } from "@/server/errors";
import { isUuid } from "../is-uuid";
import { queueForMember } from "../ledger/queue-for-member";
import type { MemberRef } from "./find-member";

/**
 * One round trip for the small ledger verbs (adjust, action rewards): waits in the member's
 * queue, finds the member of this store, locks their balance row (the member's mutex) and
 * brings the store's zone and active version ids along.
 */
export async function lockMember(tx: Executor, merchantId: string, ref: MemberRef) {
  if ("memberId" in ref && !isUuid(ref.memberId)) throw new NotFound("Member not found");
  const byRef =
    "memberId" in ref ? eq(members.id, ref.memberId) : eq(members.externalId, ref.externalId);
  const locking = tx
    .select({
      member: members,
      balance: memberBalances,
      timezone: merchants.timezone,
      versionIds: sql<
        string[]
      >`(select coalesce(json_agg(p.active_version_id order by p.created_at, p.id), '[]'::json)
        from programs p where p.merchant_id = ${members.merchantId} and p.status = 'active'
        and p.active_version_id is not null)`,
    })
    .from(members)
    .innerJoin(
      memberBalances,
      and(
        eq(memberBalances.merchantId, members.merchantId),
        eq(memberBalances.memberId, members.id),
      ),
    )
    .innerJoin(merchants, eq(merchants.id, members.merchantId))
    .where(and(eq(members.merchantId, merchantId), byRef))
    .for("no key update", { of: memberBalances });
  const [, [row]] = await Promise.all([queueForMember(tx, merchantId, ref), locking]);
  if (!row) throw new NotFound("Member not found");
  return row;
}
