import { readStat } from "../stats";
import { findProgress } from "../tiers";
import type { Quote } from "./types";
import type { Work } from "./work";

/** The first program with tiers names the member's level, progress and perks. */
export function describeTier(work: Work, orderNet: number): Pick<Quote, "tier" | "perks"> {
  const p = work.programs.findIndex((program) => program.tiers !== null);
  const tiers = work.programs[p]?.tiers;
  const level = work.levels[p];
  const programId = work.versions[p]?.programId ?? "";
  if (!tiers || !level) return { tier: null, perks: { freeShipping: false, items: [] } };
  const index = tiers.levels.indexOf(level);
  const value = readStat(work.member.stats, tiers.statKey);
  const progress = findProgress(tiers, index, value);
  const afterOrder = value + (tiers.metric === "spend" ? orderNet : 1);
  const remainingAfterOrder = progress ? Math.max(0, progress.remaining - (afterOrder - value)) : 0;
  work.reasons.push({
    key: "tier.current",
    params: { programId, tier: level.id, name: level.name },
  });
  if (progress) {
    work.reasons.push({
      key: `tier.progress.${tiers.metric}`,
      params: {
        programId,
        next: progress.nextTierId,
        remaining: progress.remaining,
        remainingAfterOrder,
      },
    });
  }
  if (level.freeShipping) {
    work.reasons.push({ key: "tier.perk.freeShipping", params: { tier: level.id } });
  }
  for (const perk of level.perks) {
    work.reasons.push({ key: "tier.perk", params: { tier: level.id, perk } });
  }
  return {
    tier: {
      programId,
      tierId: level.id,
      name: level.name,
      nextTierId: progress?.nextTierId ?? null,
      remaining: progress?.remaining ?? 0,
      remainingAfterOrder,
    },
    perks: { freeShipping: level.freeShipping, items: [...level.perks] },
  };
}
