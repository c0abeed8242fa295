import { and, asc, eq, gt, isNotNull, or, type SQL, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/database";
import { memberBalances, members } from "@/db/schema";
import { statKey } from "@/server/engine";
import { decideTier } from "../stats/decide-tier";
import { loadBatchStats } from "../stats/load-batch-stats";
import { listWindowDays } from "../stats/load-member-stats";
import type { TierStore } from "./list-tier-stores";
import { storeTierMoves, type TierMove } from "./store-tier-moves";

type Run = { now: Date; batchSize: number; couldMove: SQL };
type Batch = { last: string | null; found: number; stored: number };

/**
 * Re-decides the tier of every member of the store who could move, a batch per transaction in
 * id order. Returns how many members moved or started or ended a grace.
 */
export async function recalculateStoreTiers(
  db: Db,
  store: TierStore,
  { now, batchSize }: { now: Date; batchSize: number },
): Promise<number> {
  const run = { now, batchSize, couldMove: whoCouldMove(store, now) };
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
        // On both sides of the join: the planner does not carry a range across it.
        after ? and(gt(members.id, after), gt(memberBalances.memberId, after)) : undefined,
        run.couldMove,
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

/**
 * Members with a tier or any paid order, less the settled majority: on the first level, not in
 * a grace, and no order in the window, which then counts 0 for them whatever the thresholds.
 * "In the window" starts two days early, so no store-local day is cut short.
 */
function whoCouldMove(store: TierStore, now: Date): SQL {
  const { tiers } = store;
  const hasHistory = or(isNotNull(members.tier), isNotNull(members.firstOrderAt)) as SQL;
  const key = statKey(tiers.metric, tiers.period);
  const clock = { now, timezone: store.timezone };
  const window = listWindowDays([store.version], clock).find((w) => w.key === key);
  const firstLevel = tiers.levels[0]?.id;
  if (!window?.from || !firstLevel) return hasHistory;
  const since = new Date(window.from.getTime() - 2 * 86_400_000).toISOString();
  return sql`${hasHistory} and not (${members.tier} is not distinct from ${firstLevel}
    and ${members.tierBelowSince} is null
    and (${members.lastOrderAt} is null or ${members.lastOrderAt} < ${since}::timestamptz))`;
}
