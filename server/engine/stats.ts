import type { Period } from "./config/common";
import type { ProgramConfig } from "./config/program-config";
import { startOfLocalDay, toDayNumber, toLocalTime } from "./time";

export type StatMetric = "spend" | "orders";

/**
 * Member figures keyed by statKey(): e.g. "spend:month" or "orders:days:90".
 * Spend is what an order counts as bought: subtotal minus discounts, less refunds.
 * A missing key reads as 0.
 */
export type MemberStats = Readonly<Record<string, number>>;

export type StatWindow = { key: string; metric: StatMetric; from: Date | null; to: Date };

export function statKey(metric: StatMetric, period: Period): string {
  if (period.kind === "lifetime") return `${metric}:lifetime`;
  if (period.kind === "rollingDays") return `${metric}:days:${period.days}`;
  return `${metric}:month`;
}

export function readStat(stats: MemberStats, key: string): number {
  return stats[key] ?? 0;
}

function listPeriods(config: ProgramConfig): { metric: StatMetric; period: Period }[] {
  const found: { metric: StatMetric; period: Period }[] = [];
  if ("discount" in config && config.discount?.rule.kind === "cumulative") {
    found.push({ metric: "spend", period: config.discount.rule.period });
  }
  if ("tiers" in config && config.tiers) {
    found.push({ metric: config.tiers.metric, period: config.tiers.period });
  }
  return found;
}

/** The sums the service must compute (orders paid in [from, to)) before calling quote(). */
export function listStatWindows(
  configs: readonly ProgramConfig[],
  now: Date,
  timezone: string,
): StatWindow[] {
  const windows = new Map<string, StatWindow>();
  for (const config of configs) {
    for (const { metric, period } of listPeriods(config)) {
      const key = statKey(metric, period);
      if (windows.has(key)) continue;
      windows.set(key, { key, metric, from: findPeriodStart(period, now, timezone), to: now });
    }
  }
  return [...windows.values()];
}

function findPeriodStart(period: Period, now: Date, timezone: string): Date | null {
  if (period.kind === "lifetime") return null;
  if (period.kind === "rollingDays") return new Date(now.getTime() - period.days * 86_400_000);
  const local = toLocalTime(now, timezone);
  return startOfLocalDay(toDayNumber(local.year, local.month, 1), timezone);
}
