import { and, eq, gt, isNull, lte, or, sql } from "drizzle-orm";
import type { Executor } from "@/db/database";
import { holds, lotAllocations, lots } from "@/db/schema";
import type { MemberKey } from "./lock-balance";
import type { EntryDraft } from "./queue-entries";
import { releaseHold } from "./release-hold";
import type { WriteBatch } from "./write-batch";

const expiredHoldsOf = (key: MemberKey, now: Date) =>
  and(
    eq(holds.merchantId, key.merchantId),
    eq(holds.memberId, key.memberId),
    eq(holds.status, "active"),
    lte(holds.expiresAt, now),
  );

/** A reserve or spend does not wait for the job: the member's expired holds are released first. */
export async function releaseExpiredHoldsOf(
  tx: Executor,
  batch: WriteBatch,
  key: MemberKey,
  now: Date,
) {
  const expired = await tx.select({ id: holds.id }).from(holds).where(expiredHoldsOf(key, now));
  const entries: EntryDraft[] = [];
  for (const hold of expired) {
    entries.push(
      ...(await releaseHold(tx, batch, key, hold.id, { now, reason: "reservation expired" })),
    );
  }
  return entries;
}

/** Reading without writing: points in expired holds that would be spendable once released. */
export async function sumExpiredHolds(db: Executor, key: MemberKey, now: Date): Promise<number> {
  const [row] = await db
    .select({
      sum: sql`coalesce(sum(${lotAllocations.amount} - ${lotAllocations.returned}), 0)`.mapWith(
        Number,
      ),
    })
    .from(holds)
    .innerJoin(
      lotAllocations,
      and(eq(lotAllocations.merchantId, holds.merchantId), eq(lotAllocations.holdId, holds.id)),
    )
    .innerJoin(
      lots,
      and(eq(lots.merchantId, lotAllocations.merchantId), eq(lots.id, lotAllocations.lotId)),
    )
    .where(and(expiredHoldsOf(key, now), or(isNull(lots.expiresAt), gt(lots.expiresAt, now))));
  return row?.sum ?? 0;
}
