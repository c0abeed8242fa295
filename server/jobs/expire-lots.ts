import { and, eq, isNotNull, lte } from "drizzle-orm";
import { lots } from "@/db/schema";
import { findExpired } from "@/server/engine";
import { queueLotChanges } from "@/server/services/ledger/change-lots";
import type { EntryDraft } from "@/server/services/ledger/queue-entries";
import { queueEntries } from "@/server/services/ledger/queue-entries";
import { forEachDueMember, type JobOptions } from "./for-each-due-member";
import { jobActor } from "./job-actor";

const isExpired = (now: Date) =>
  and(isNotNull(lots.expiresAt), lte(lots.expiresAt, now), lots.isOpen);

/** Burns what is left in expired lots, once: a second run finds the lots already empty. */
export async function expireLots({
  db,
  now = new Date(),
  batchSize = 200,
  merchantId,
}: JobOptions) {
  const burned = await forEachDueMember(db, {
    batchSize,
    findDue: (tx, limit) =>
      tx
        .selectDistinct({ merchantId: lots.merchantId, memberId: lots.memberId })
        .from(lots)
        .where(and(isExpired(now), merchantId ? eq(lots.merchantId, merchantId) : undefined))
        .limit(limit),
    work: async (tx, batch, balance) => {
      const key = { merchantId: balance.merchantId, memberId: balance.memberId };
      const rows = await tx
        .select()
        .from(lots)
        .where(
          and(eq(lots.merchantId, key.merchantId), eq(lots.memberId, key.memberId), isExpired(now)),
        );
      const expired = findExpired(rows, now);
      queueLotChanges(batch, key.merchantId, expired, -1);
      const byId = new Map(rows.map((lot) => [lot.id, lot]));
      const entries = expired.map(({ lotId, amount }): EntryDraft => {
        const lot = byId.get(lotId);
        const column =
          lot?.wallet === "cashback"
            ? lot.status === "pending"
              ? "pendingCashback"
              : "cashback"
            : lot?.status === "pending"
              ? "pending"
              : "available";
        return {
          kind: "expire",
          amount: -amount,
          [column]: -amount,
          programVersionId: lot?.programVersionId,
          reason: "points expired",
        };
      });
      queueEntries(batch, { ...key, actor: jobActor("expire-lots"), at: now }, entries);
      return expired.reduce((sum, e) => sum + e.amount, 0);
    },
  });
  return { expired: burned };
}
