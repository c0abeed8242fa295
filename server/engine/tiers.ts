import { type CompiledTiers, compileProgram } from "./compile";
import type { ProgramConfig } from "./config/program-config";
import { type MemberStats, readStat } from "./stats";
import { startOfLocalDay, toLocalTime } from "./time";

/** What the tier job stores per member: the level and since when they are below it. */
export type TierState = { tierId: string; belowSince: Date | null };

export type TierProgress = { nextTierId: string; remaining: number } | null;

export type TierDecision = {
  tierId: string;
  belowSince: Date | null;
  change: "upgrade" | "downgrade" | "hold" | "none";
  qualifiedTierId: string;
  /** When a member in grace drops a level unless they qualify again. */
  downgradeAt: Date | null;
  progress: TierProgress;
};

function findQualifiedIndex(tiers: CompiledTiers, stats: MemberStats): number {
  const value = readStat(stats, tiers.statKey);
  let index = 0;
  for (let i = 1; i < tiers.levels.length; i++) {
    if (value >= (tiers.levels[i]?.threshold ?? Number.POSITIVE_INFINITY)) index = i;
  }
  return index;
}

/** Quotes never wait for the tier job: a higher qualified level applies at once. */
export function resolveLevelIndex(
  tiers: CompiledTiers,
  storedTierId: string | null,
  stats: MemberStats,
): number {
  const stored = tiers.levels.findIndex((l) => l.id === storedTierId);
  return Math.max(stored, findQualifiedIndex(tiers, stats));
}

export function findProgress(tiers: CompiledTiers, index: number, value: number): TierProgress {
  const next = tiers.levels[index + 1];
  return next ? { nextTierId: next.id, remaining: Math.max(0, next.threshold - value) } : null;
}

/** Upgrades at once; a downgrade waits graceDays local calendar days below the threshold. */
export function evaluateTier(
  config: ProgramConfig,
  stats: MemberStats,
  current: TierState | null,
  now: Date,
  timezone: string,
): TierDecision | null {
  const tiers = compileProgram(config).tiers;
  if (!tiers) return null;
  const qualified = findQualifiedIndex(tiers, stats);
  const currentIndex = current ? tiers.levels.findIndex((l) => l.id === current.tierId) : -1;
  const decide = (index: number, change: TierDecision["change"], belowSince: Date | null) => ({
    tierId: tiers.levels[index]?.id ?? "",
    belowSince,
    change,
    qualifiedTierId: tiers.levels[qualified]?.id ?? "",
    downgradeAt: belowSince && graceEnd(belowSince, tiers.graceDays, timezone),
    progress: findProgress(tiers, index, readStat(stats, tiers.statKey)),
  });
  if (currentIndex < 0) return decide(qualified, qualified > 0 ? "upgrade" : "none", null);
  if (qualified > currentIndex) return decide(qualified, "upgrade", null);
  if (qualified === currentIndex) return decide(currentIndex, "none", null);
  const belowSince = current?.belowSince ?? now;
  if (now.getTime() >= graceEnd(belowSince, tiers.graceDays, timezone).getTime()) {
    return decide(qualified, "downgrade", null);
  }
  return decide(currentIndex, "hold", belowSince);
}

function graceEnd(belowSince: Date, graceDays: number, timezone: string): Date {
  return startOfLocalDay(toLocalTime(belowSince, timezone).dayNumber + graceDays, timezone);
}
