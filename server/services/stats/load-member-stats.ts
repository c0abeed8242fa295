import { and, eq, gte } from "drizzle-orm";
import type { Executor } from "@/db/database";
import { memberDailyStats } from "@/db/schema";
import {
  listStatWindows,
  type MemberStats,
  type ProgramVersion,
  type StatWindow,
} from "@/server/engine";
import type { MemberKey } from "../ledger/lock-balance";
import { localDate } from "./local-date";

type Lifetime = { totalSpent: number; ordersCount: number };
export type DailyFigures = { day: string; spend: number; orders: number };
/** Daily rows a caller already fetched, and the first day they cover. */
export type RecentDays = { since: string; days: DailyFigures[] };

/**
 * Sums the windows the engine asks for. Windows are counted in whole store-local days, so a
 * rolling window starts at the local midnight of its first day. Rows fetched with the member
 * (loadBuyer) are used when they reach back far enough, saving a round trip.
 */
export async function loadMemberStats(
  db: Executor,
  key: MemberKey & { member: Lifetime; recent?: RecentDays },
  versions: readonly ProgramVersion[],
  clock: { now: Date; timezone: string },
): Promise<{ stats: MemberStats; windows: StatWindow[] }> {
  const configs = versions.map((v) => v.config);
  const windows = listStatWindows(configs, clock.now, clock.timezone);
  const firstDays = windows.flatMap((w) => (w.from ? [localDate(w.from, clock.timezone)] : []));
  const since = firstDays.reduce<string | null>((a, b) => (a === null || b < a ? b : a), null);
  const days =
    since === null
      ? []
      : key.recent && key.recent.since <= since
        ? key.recent.days
        : await readDays(db, key, since);
  const stats: Record<string, number> = {};
  for (const window of windows) {
    if (!window.from) {
      stats[window.key] =
        window.metric === "spend" ? key.member.totalSpent : key.member.ordersCount;
      continue;
    }
    const from = localDate(window.from, clock.timezone);
    let sum = 0;
    for (const day of days)
      if (day.day >= from) sum += window.metric === "spend" ? day.spend : day.orders;
    stats[window.key] = sum;
  }
  return { stats, windows };
}

function readDays(db: Executor, key: MemberKey, since: string): Promise<DailyFigures[]> {
  return db
    .select({
      day: memberDailyStats.day,
      spend: memberDailyStats.spend,
      orders: memberDailyStats.orders,
    })
    .from(memberDailyStats)
    .where(
      and(
        eq(memberDailyStats.merchantId, key.merchantId),
        eq(memberDailyStats.memberId, key.memberId),
        gte(memberDailyStats.day, since),
      ),
    );
}

/** The same figures once this order counts too (it is inside every window). */
export function addOrderToStats(
  stats: MemberStats,
  windows: StatWindow[],
  spend: number,
): MemberStats {
  const next: Record<string, number> = { ...stats };
  for (const w of windows) next[w.key] = (next[w.key] ?? 0) + (w.metric === "spend" ? spend : 1);
  return next;
}
