import { and, asc, eq, gt, isNotNull, or } from "drizzle-orm";
import type { Db, Tx } from "@/db/database";
import { memberBalances, members } from "@/db/schema";
import { decideTier } from "../stats/decide-tier";
import { loadBatchStats } from "../stats/load-batch-stats";
import type { TierStore } from "./list-tier-stores";
import { storeTierMoves, type TierMove } from "./store-tier-moves";

type Run = { now: Date; batchSize: number };
type Batch = { last: string | null; found: number; stored: number };

/**
 * Re-decides the tier of every member of the store who has one or has ever bought, a batch per
 * transaction in id order. Returns how many members moved or started or ended a grace.
 */
export async function recalculateStoreTiers(db: Db, store: TierStore, run: Run): Promise<number> {
  let after: string | null = null;
  let changed = 0;
  for (;;) {
    const cursor: string | null = after;
    const batch: Batch = await db.transaction((tx) => recalculateBatch(tx, store, cursor, run));
    changed += batch.stored;
    if (batch.last === null || batch.found < run.batchSize) return changed;
    after = batch.last;
  }
}

/**
 * Locks the batch's balances (the member mutex a paid order takes) and skips members an order
 * in flight holds: that order decides their tier itself, from figures that include it.
 */
async function recalculateBatch(
  tx: Tx,
  store: TierStore,
  after: string | null,
  run: Run,
): Promise<Batch> {
  const { merchantId, version } = store;
  const clock = { now: run.now, timezone: store.timezone };
  const rows = await tx
    .select({
      id: members.id,
      tier: members.tier,
      tierBelowSince: members.tierBelowSince,
      totalSpent: members.totalSpent,
      ordersCount: members.ordersCount,
    })
    .from(members)
    .innerJoin(
      memberBalances,
      and(
        eq(memberBalances.merchantId, members.merchantId),
        eq(memberBalances.memberId, members.id),
      ),
    )
    .where(
      and(
        eq(members.merchantId, merchantId),
        after ? gt(members.id, after) : undefined,
        or(isNotNull(members.tier), isNotNull(members.firstOrderAt)),
      ),
    )
    .orderBy(asc(members.id))
    .limit(run.batchSize)
    .for("no key update", { of: memberBalances, skipLocked: true });
  const stats = await loadBatchStats(tx, merchantId, rows, [version], clock);
  const moves = rows.flatMap((member): TierMove[] => {
    const to = decideTier([version], stats.get(member.id) ?? {}, member, clock);
    return to ? [{ memberId: member.id, from: member, to }] : [];
  });
  const stored = await storeTierMoves(tx, merchantId, moves, run.now);
  return { last: rows.at(-1)?.id ?? null, found: rows.length, stored };
}
