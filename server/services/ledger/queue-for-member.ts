import type { Executor } from "@/db/database";
import { runStatement } from "../execute-prepared";

// One transaction-scoped advisory lock per member, taken right before the balance row's lock.
const byId = "select pg_advisory_xact_lock(hashtext('member:' || $1::uuid::text))::text as v";
const byExternalId = `select pg_advisory_xact_lock(hashtext('member:' || m.id::text))::text as v
  from members m where m.merchant_id = $1 and m.external_id = $2::text`;

/**
 * Waits for the member's turn. Orders of one member queue here, and Postgres wakes one waiter
 * per commit; the balance row's lock, taken next, is then free. Waiting on the row itself, every
 * waiter woke on every commit and followed the row to its new version (decision 0017). The row
 * lock stays the mutex that correctness rests on; this lock only orders the queue. A member that
 * does not exist takes no lock, and the row lock that follows reports it.
 */
export function queueForMember(
  tx: Executor,
  merchantId: string,
  member: { memberId: string } | { externalId: string },
) {
  return "memberId" in member
    ? runStatement(tx, byId, [member.memberId])
    : runStatement(tx, byExternalId, [merchantId, member.externalId]);
}
