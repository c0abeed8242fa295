import { evaluateTier, type MemberStats, type ProgramVersion } from "@/server/engine";

type Current = { tier: string | null; tierBelowSince: Date | null };

/** The tier to store after an order, or undefined when nothing changes (the engine decides). */
export function decideTier(
  versions: readonly ProgramVersion[],
  stats: MemberStats,
  current: Current,
  clock: { now: Date; timezone: string },
) {
  const version = versions.find((v) => "tiers" in v.config && v.config.tiers);
  if (!version) return undefined;
  const state = current.tier ? { tierId: current.tier, belowSince: current.tierBelowSince } : null;
  const decision = evaluateTier(version.config, stats, state, clock.now, clock.timezone);
  if (!decision) return undefined;
  const sameSince =
    (decision.belowSince?.getTime() ?? null) === (current.tierBelowSince?.getTime() ?? null);
  if (decision.tierId === current.tier && sameSince) return undefined;
  return { tierId: decision.tierId, belowSince: decision.belowSince };
}
