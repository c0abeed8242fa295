import { isInBirthdayWindow } from "../calendar";
import type { CompiledBonus, CompiledRedemption } from "../compile";
import type { Work } from "./work";

export type RedemptionSource = {
  index: number;
  bonus: CompiledBonus;
  redemption: CompiledRedemption;
};

/** Points are one wallet: the first program that earns points sets how they are spent. */
export function findRedemptionSource(work: Work): RedemptionSource | null {
  const index = work.programs.findIndex((p) => p.bonus !== null);
  const bonus = work.programs[index]?.bonus;
  return bonus ? { index, bonus, redemption: bonus.redemption } : null;
}

export type LineBlock = "excludedCategories" | "discountedItems" | null;

/** Why points may not pay for line i at all, or null when they may. */
export function findLineBlock(work: Work, redemption: CompiledRedemption, i: number): LineBlock {
  const line = work.lines[i];
  if (!line || redemption.excludedCategories.has(line.category)) return "excludedCategories";
  const isDiscounted = line.isOnSale === true || (work.discount[i] ?? 0) > 0;
  if (!redemption.payDiscountedItems && isDiscounted) return "discountedItems";
  return null;
}

export function isOutsideBirthdayOnlyWindow(work: Work, source: RedemptionSource): boolean {
  const birthday = work.programs[source.index]?.birthday;
  if (!birthday?.spendOnlyInWindow) return false;
  return !isInBirthdayWindow(work.member.birthDate, birthday.windowDays, work.local);
}
