import { and, eq, lte, sql } from "drizzle-orm";
import { lots } from "@/db/schema";
import { activateLots } from "@/server/services/ledger/activate-lots";
import { queueEntries } from "@/server/services/ledger/queue-entries";
import { forEachDueMember, type JobOptions } from "./for-each-due-member";
import { jobActor } from "./job-actor";

const isDue = (now: Date) =>
  and(eq(lots.status, "pending"), lots.isOpen, lte(lots.availableAt, now));

/** Pending lots whose delay has passed become spendable (repaying debt first). Idempotent. */
export async function activatePending({
  db,
  now = new Date(),
  batchSize = 200,
  merchantId,
}: JobOptions) {
  const points = await forEachDueMember(db, {
    batchSize,
    findDue: (tx, limit) =>
      tx
        .selectDistinct({ merchantId: lots.merchantId, memberId: lots.memberId })
        .from(lots)
        .where(and(isDue(now), merchantId ? eq(lots.merchantId, merchantId) : undefined))
        .limit(limit),
    work: async (tx, batch, balance) => {
      const key = { merchantId: balance.merchantId, memberId: balance.memberId };
      const due = await tx
        .select({
          id: lots.id,
          wallet: lots.wallet,
          remaining: lots.remaining,
          programVersionId: lots.programVersionId,
        })
        .from(lots)
        .where(
          and(eq(lots.merchantId, key.merchantId), eq(lots.memberId, key.memberId), isDue(now)),
        )
        .orderBy(lots.availableAt, sql`${lots.id}`);
      const { entries } = await activateLots(tx, key.merchantId, due, balance.debt);
      queueEntries(batch, { ...key, actor: jobActor("activate-pending"), at: now }, entries);
      return due.reduce((sum, lot) => sum + lot.remaining, 0);
    },
  });
  return { activated: points };
}
