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

export type Lifetime = { totalSpent: number; ordersCount: number };
export type WindowDays = StatWindow & { fromDay: string | null };
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
  const windows = listWindowDays(versions, clock);
  const since = findFirstDay(windows);
  const days =
    since === null
      ? []
      : key.recent && key.recent.since <= since
        ? key.recent.days
        : await readDays(db, key, since);
  const stats = fillStats(windows, key.member, (window) => {
    let sum = 0;
    for (const day of days)
      if (day.day >= window.fromDay) sum += window.metric === "spend" ? day.spend : day.orders;
    return sum;
  });
  return { stats, windows };
}

/** The windows the engine asks for, each with the first store-local day it counts (null: lifetime). */
export function listWindowDays(
  versions: readonly ProgramVersion[],
  clock: { now: Date; timezone: string },
): WindowDays[] {
  const windows = listStatWindows(
    versions.map((v) => v.config),
    clock.now,
    clock.timezone,
  );
  return windows.map((w) => ({ ...w, fromDay: w.from ? localDate(w.from, clock.timezone) : null }));
}

/** The earliest day any window counts, or null when all are lifetime figures. */
export function findFirstDay(windows: readonly WindowDays[]): string | null {
  return windows.reduce<string | null>(
    (first, w) => (w.fromDay !== null && (first === null || w.fromDay < first) ? w.fromDay : first),
    null,
  );
}

/** Lifetime windows read the member's totals; the others are what `sumFrom` adds up from their first day. */
export function fillStats(
  windows: readonly WindowDays[],
  member: Lifetime,
  sumFrom: (window: WindowDays & { fromDay: string }) => number,
): MemberStats {
  const stats: Record<string, number> = {};
  for (const window of windows) {
    stats[window.key] =
      window.fromDay === null
        ? window.metric === "spend"
          ? member.totalSpent
          : member.ordersCount
        : sumFrom({ ...window, fromDay: window.fromDay });
  }
  return stats;
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
