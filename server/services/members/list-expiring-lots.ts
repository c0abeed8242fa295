import { and, asc, eq, gt, isNotNull, lte } from "drizzle-orm";
import type { Executor } from "@/db/database";
import { lots } from "@/db/schema";

/** Lots that still hold points and burn within `days`, soonest first. */
export async function listExpiringLots(
  db: Executor,
  key: { merchantId: string; memberId: string },
  now: Date,
  days = 30,
) {
  return db
    .select({
      id: lots.id,
      wallet: lots.wallet,
      status: lots.status,
      remaining: lots.remaining,
      expiresAt: lots.expiresAt,
    })
    .from(lots)
    .where(
      and(
        eq(lots.merchantId, key.merchantId),
        eq(lots.memberId, key.memberId),
        lots.isOpen,
        isNotNull(lots.expiresAt),
        gt(lots.expiresAt, now),
        lte(lots.expiresAt, new Date(now.getTime() + days * 86_400_000)),
      ),
    )
    .orderBy(asc(lots.expiresAt))
    .limit(20);
}
