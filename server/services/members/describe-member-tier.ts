import { evaluateTier, statKey } from "@/server/engine";
import type { ServiceContext } from "../context";
import { listActiveVersions } from "../programs/list-active-versions";
import { loadMemberStats } from "../stats/load-member-stats";

type MemberFacts = {
  id: string;
  tier: string | null;
  tierBelowSince: Date | null;
  totalSpent: number;
  ordersCount: number;
};

/** The member's level in the first live program with tiers, and what the next one takes. */
export async function describeMemberTier(
  ctx: ServiceContext,
  member: MemberFacts,
  clock: { now: Date; timezone: string },
) {
  const versions = await listActiveVersions({ ctx });
  const version = versions.find((v) => "tiers" in v.config && v.config.tiers);
  const tiers = version && "tiers" in version.config ? version.config.tiers : null;
  if (!version || !tiers) return null;
  const engineVersions = [
    { id: version.versionId, programId: version.programId, config: version.config },
  ];
  const { stats } = await loadMemberStats(
    ctx.db,
    { merchantId: ctx.merchantId, memberId: member.id, member },
    engineVersions,
    clock,
  );
  const state = member.tier ? { tierId: member.tier, belowSince: member.tierBelowSince } : null;
  const decision = evaluateTier(version.config, stats, state, clock.now, clock.timezone);
  const current = tiers.levels.find((l) => l.id === decision?.tierId) ?? tiers.levels[0];
  const next = tiers.levels.find((l) => l.id === decision?.progress?.nextTierId) ?? null;
  return {
    programName: version.programName,
    metric: tiers.metric,
    period: tiers.period,
    value: stats[statKey(tiers.metric, tiers.period)] ?? 0,
    current: current ? { id: current.id, name: current.name, threshold: current.threshold } : null,
    next: next ? { id: next.id, name: next.name, threshold: next.threshold } : null,
    remaining: decision?.progress?.remaining ?? 0,
    downgradeAt: decision?.downgradeAt ?? null,
    levels: tiers.levels.map((l) => ({ id: l.id, name: l.name })),
  };
}
