import { and, eq, lte } from "drizzle-orm";
import { holds } from "@/db/schema";
import { queueEntries } from "@/server/services/ledger/queue-entries";
import { releaseExpiredHoldsOf } from "@/server/services/ledger/release-expired-holds-of";
import { forEachDueMember, type JobOptions } from "./for-each-due-member";
import { jobActor } from "./job-actor";

/** Holds past their TTL give their points back; a hold already released or captured is skipped. */
export async function releaseExpiredHolds({
  db,
  now = new Date(),
  batchSize = 200,
  merchantId,
}: JobOptions) {
  const released = await forEachDueMember(db, {
    batchSize,
    findDue: (tx, limit) =>
      tx
        .selectDistinct({ merchantId: holds.merchantId, memberId: holds.memberId })
        .from(holds)
        .where(
          and(
            eq(holds.status, "active"),
            lte(holds.expiresAt, now),
            merchantId ? eq(holds.merchantId, merchantId) : undefined,
          ),
        )
        .limit(limit),
    work: async (tx, batch, balance) => {
      const key = { merchantId: balance.merchantId, memberId: balance.memberId };
      const entries = await releaseExpiredHoldsOf(tx, batch, key, now);
      queueEntries(batch, { ...key, actor: jobActor("release-expired-holds"), at: now }, entries);
      return entries.reduce((sum, e) => sum + e.amount, 0);
    },
  });
  return { released };
}
