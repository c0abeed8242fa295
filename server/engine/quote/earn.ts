import { zeros } from "../arrays";
import { isInBirthdayWindow, isWindowActive, isWindowForCategory } from "../calendar";
import type { CompiledBonus, CompiledProgram, CompiledWindow } from "../compile";
import { type Reason, toPercent } from "../reason";
import { BP, roundBy, roundUp, sumProducts } from "../rounding";
import { splitByWeight } from "../split-by-weight";
import { addDays } from "../time";
import { findEarnBase } from "./base";
import type { EarnLot } from "./types";
import type { Work } from "./work";

/** Boosts add up (x2 and x3 make x4) and the total is capped at x10, keeping sums bounded. */
export const MAX_MULTIPLIER_BP = 100_000;

type Exclusion = "category" | "sku" | "onSale" | "discounted";

/** One lot per earning program; points are rounded once per order, never per line. */
export function earnPoints(work: Work, orderNet: number): { points: number; lots: EarnLot[] } {
  const lots: EarnLot[] = [];
  let points = 0;
  const first = work.programs.findIndex((p) => p.bonus !== null);
  const isPrimaryOnly = work.programs[0]?.stacking.earn === "primaryOnly";
  for (let p = 0; p < work.programs.length; p++) {
    const program = work.programs[p] as CompiledProgram;
    const version = work.versions[p];
    if (!program.bonus || !version) continue;
    if (isPrimaryOnly && p !== first) {
      work.reasons.push({
        key: "earn.stacking.primaryOnly",
        params: { programId: version.programId },
      });
      continue;
    }
    const lot = earnProgram(work, p, program.bonus, orderNet);
    if (!lot) continue;
    lots.push({
      versionId: version.id,
      programId: version.programId,
      amount: lot.amount,
      availableAt: lot.availableAt,
      expiresAt: lot.expiresAt,
    });
    points += lot.amount;
  }
  return { points, lots };
}

function earnProgram(work: Work, p: number, bonus: CompiledBonus, orderNet: number) {
  const programId = work.versions[p]?.programId ?? "";
  const program = work.programs[p] as CompiledProgram;
  if (orderNet < bonus.minOrderAmount) {
    work.reasons.push({
      key: "earn.minOrder",
      params: { programId, minAmount: bonus.minOrderAmount, amount: orderNet },
    });
    return null;
  }
  const level = work.levels[p] ?? null;
  const rate = level?.earn ?? bonus.earn;
  const birthday = program.birthday;
  const birthdayBoost =
    birthday && isInBirthdayWindow(work.member.birthDate, birthday.windowDays, work.local)
      ? birthday.earnMultiplierBp - BP
      : 0;
  const windows = program.windows.filter(
    (w) => w.earnMultiplierBp !== BP && isWindowActive(w, work.local),
  );
  const bases = zeros(work.n);
  const multipliers = zeros(work.n);
  const excluded: Record<Exclusion, number> = { category: 0, sku: 0, onSale: 0, discounted: 0 };
  let boosted: Set<string> | null = null;
  for (let i = 0; i < work.n; i++) {
    const exclusion = findExclusion(work, p, bonus, i);
    if (exclusion) {
      excluded[exclusion] += 1;
      continue;
    }
    const category = work.lines[i]?.category ?? "";
    const categoryMultiplier = bonus.multipliers.get(category);
    if (categoryMultiplier !== undefined && categoryMultiplier !== BP) {
      boosted ??= new Set();
      boosted.add(category);
    }
    const multiplier =
      (categoryMultiplier ?? BP) + birthdayBoost + sumWindowBoosts(windows, category);
    bases[i] = findEarnBase(work, bonus.earnBase, i);
    multipliers[i] = Math.min(Math.max(multiplier, 0), MAX_MULTIPLIER_BP);
  }
  const weighted = sumProducts(bases, multipliers);
  const amount =
    rate.kind === "percent"
      ? roundBy(bonus.rounding, weighted, rate.percentBp, BP * BP * bonus.pointValue)
      : roundBy(bonus.rounding, weighted, rate.points, rate.perAmount * BP);
  describeEarn(work.reasons, programId, rate, level?.earn ? level.id : null);
  for (const category of boosted ?? []) {
    const multiplier = (bonus.multipliers.get(category) ?? BP) / BP;
    work.reasons.push({
      key: "earn.multiplier.category",
      params: { programId, category, multiplier },
    });
  }
  for (const w of windows) {
    const multiplier = w.earnMultiplierBp / BP;
    work.reasons.push({
      key: "earn.multiplier.window",
      params: { programId, window: w.id, multiplier },
    });
  }
  if (birthdayBoost !== 0) {
    const multiplier = (birthdayBoost + BP) / BP;
    work.reasons.push({ key: "earn.multiplier.birthday", params: { programId, multiplier } });
  }
  for (const key of Object.keys(excluded) as Exclusion[]) {
    const lines = excluded[key];
    if (lines > 0) work.reasons.push({ key: `earn.excluded.${key}`, params: { programId, lines } });
  }
  if (amount === 0) return null;
  // Exact products when they fit; on gigantic carts rounded weights still split a fixed total.
  const weights =
    typeof weighted === "number"
      ? bases.map((base, i) => base * (multipliers[i] ?? 0))
      : bases.map((base, i) => roundUp(base, multipliers[i] ?? 0, BP));
  const shares = splitByWeight(amount, weights);
  for (let i = 0; i < work.n; i++) {
    work.pointsEarned[i] = (work.pointsEarned[i] ?? 0) + (shares[i] ?? 0);
  }
  const availableAt = addDays(work.now, bonus.activationDelayDays);
  const expiresAt = bonus.expiryDays === null ? null : addDays(availableAt, bonus.expiryDays);
  work.reasons.push({
    key: "earn.lot",
    params: {
      programId,
      points: amount,
      availableAt: availableAt.getTime(),
      expiresAt: expiresAt?.getTime() ?? "",
    },
  });
  return { amount, availableAt, expiresAt };
}

function sumWindowBoosts(windows: readonly CompiledWindow[], category: string): number {
  let boost = 0;
  for (const w of windows) {
    if (isWindowForCategory(w, category)) boost += w.earnMultiplierBp - BP;
  }
  return boost;
}

function findExclusion(work: Work, p: number, bonus: CompiledBonus, i: number): Exclusion | null {
  const line = work.lines[i];
  if (!line) return null;
  if (bonus.filter.categories.has(line.category)) return "category";
  if (bonus.filter.skus.has(line.sku)) return "sku";
  if (bonus.filter.excludeOnSale && line.isOnSale === true) return "onSale";
  const own = work.programDiscounts[p];
  if (work.programs[p]?.soleBenefit === "discount" && own && (own[i] ?? 0) > 0) return "discounted";
  return null;
}

function describeEarn(
  reasons: Reason[],
  programId: string,
  rate: CompiledBonus["earn"],
  tier: string | null,
): void {
  const params: Record<string, number | string> =
    rate.kind === "percent"
      ? { programId, percent: toPercent(rate.percentBp) }
      : { programId, points: rate.points, perAmount: rate.perAmount };
  if (tier) params.tier = tier;
  reasons.push({ key: `earn.rate.${rate.kind}`, params });
}
