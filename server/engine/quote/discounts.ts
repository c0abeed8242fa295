import { zeros } from "../arrays";
import { isExcluded, isInBirthdayWindow, isWindowActive, isWindowForCategory } from "../calendar";
import type { CartLine } from "../cart";
import type { CompiledProgram, CompiledWindow } from "../compile";
import type { DiscountRule } from "../config/discount";
import { type Reason, toPercent } from "../reason";
import { applyBp, BP, type RoundingRule } from "../rounding";
import { readStat } from "../stats";
import type { Work } from "./work";

/** Each program prices every line on its own; stacking then keeps the best or sums. */
export function applyMemberDiscounts(work: Work): void {
  const isSum = work.programs[0]?.stacking.discounts === "sum";
  const contributed = zeros(work.programs.length);
  const winners = isSum ? null : zeros(work.n).fill(-1);
  const pending: Reason[][] = [];
  for (let p = 0; p < work.programs.length; p++) {
    const reasons: Reason[] = [];
    pending.push(reasons);
    const amounts = priceProgram(work, p, reasons);
    work.programDiscounts[p] = amounts;
    if (!amounts) continue;
    for (let i = 0; i < work.n; i++) {
      const amount = amounts[i] as number;
      const current = work.discount[i] as number;
      if (winners === null) {
        const added = Math.min(amount, (work.gross[i] as number) - current);
        work.discount[i] = current + added;
        contributed[p] = (contributed[p] as number) + added;
      } else if (amount > current) {
        work.discount[i] = amount;
        winners[i] = p;
      }
    }
  }
  if (winners !== null) {
    for (let i = 0; i < work.n; i++) {
      const p = winners[i] as number;
      if (p >= 0) contributed[p] = (contributed[p] as number) + (work.discount[i] as number);
    }
  }
  let contributors = 0;
  for (let p = 0; p < work.programs.length; p++) {
    const amount = contributed[p] as number;
    if (amount === 0) continue;
    contributors += 1;
    for (const reason of pending[p] ?? []) work.reasons.push(reason);
    work.reasons.push({
      key: "discount.total",
      params: { programId: work.versions[p]?.programId ?? "", amount },
    });
  }
  if (contributors > 1) {
    work.reasons.push({
      key: `discount.stacking.${isSum ? "sum" : "best"}`,
      params: { programs: contributors },
    });
  }
}

function priceProgram(work: Work, p: number, reasons: Reason[]): number[] | null {
  const program = work.programs[p] as CompiledProgram;
  const programId = work.versions[p]?.programId ?? "";
  const section = program.discount;
  const basePercent = findBasePercent(work, p, programId, reasons);
  const windows =
    program.windows.length === 0
      ? program.windows
      : program.windows.filter((w) => w.discountBp > 0 && isWindowActive(w, work.local));
  if (basePercent === 0 && windows.length === 0) return null;
  const rounding: RoundingRule = section?.rounding ?? "down";
  const soleBonusFilter = program.soleBenefit === "bonus" ? (program.bonus?.filter ?? null) : null;
  const amounts = zeros(work.n);
  const windowLines = zeros(windows.length);
  let excludedLines = 0;
  for (let i = 0; i < work.n; i++) {
    const line = work.lines[i] as CartLine;
    if (section && isExcluded(section.filter, line)) {
      excludedLines += 1;
      continue;
    }
    if (soleBonusFilter && !isExcluded(soleBonusFilter, line)) continue;
    let percent = basePercent;
    for (let w = 0; w < windows.length; w++) {
      const window = windows[w] as CompiledWindow;
      if (!isWindowForCategory(window, line.category)) continue;
      percent += window.discountBp;
      windowLines[w] = (windowLines[w] as number) + 1;
    }
    amounts[i] = applyBp(work.gross[i] as number, Math.min(percent, BP), rounding);
  }
  windows.forEach((w, index) => {
    if ((windowLines[index] as number) === 0) return;
    const params = { programId, window: w.id, percent: toPercent(w.discountBp) };
    reasons.push({ key: "discount.window", params });
  });
  if (excludedLines > 0) {
    reasons.push({ key: "discount.excluded", params: { programId, lines: excludedLines } });
  }
  return amounts;
}

/** Tier level or program rule, plus club and birthday percents; windows come per line. */
function findBasePercent(work: Work, p: number, programId: string, reasons: Reason[]): number {
  const program = work.programs[p] as CompiledProgram;
  const level = work.levels[p] ?? null;
  let percent = 0;
  if (level?.discountBp != null) {
    percent = level.discountBp;
    if (percent > 0) {
      const params = { programId, tier: level.id, percent: toPercent(percent) };
      reasons.push({ key: "discount.tier", params });
    }
  } else if (program.discount) {
    const { rule, statKey } = program.discount;
    percent = findRulePercent(work, rule, statKey, programId, reasons);
  }
  if (program.clubDiscountBp !== null && work.member.clubProgramIds.includes(programId)) {
    percent += program.clubDiscountBp;
    const params = { programId, percent: toPercent(program.clubDiscountBp) };
    reasons.push({ key: "discount.club", params });
  }
  if (program.friendDiscountBp > 0 && work.member.isReferredNewcomer) {
    percent += program.friendDiscountBp;
    const params = { programId, percent: toPercent(program.friendDiscountBp) };
    reasons.push({ key: "discount.referralFirstOrder", params });
  }
  const birthday = program.birthday;
  if (
    birthday &&
    birthday.discountBp > 0 &&
    isInBirthdayWindow(work.member.birthDate, birthday.windowDays, work.local)
  ) {
    percent += birthday.discountBp;
    reasons.push({
      key: "discount.birthday",
      params: { programId, percent: toPercent(birthday.discountBp) },
    });
  }
  return percent;
}

function findRulePercent(
  work: Work,
  rule: DiscountRule,
  statKey: string | null,
  programId: string,
  reasons: Reason[],
): number {
  if (rule.kind === "fixed") {
    if (rule.percentBp > 0) {
      reasons.push({
        key: "discount.fixed",
        params: { programId, percent: toPercent(rule.percentBp) },
      });
    }
    return rule.percentBp;
  }
  const measured =
    rule.kind === "orderAmount" ? work.subtotal : readStat(work.member.stats, statKey ?? "");
  let percentBp = 0;
  let reached = -1;
  for (const bracket of rule.brackets) {
    if (measured >= bracket.min) {
      percentBp = bracket.percentBp;
      reached = bracket.min;
    }
  }
  if (percentBp > 0) {
    reasons.push({
      key: `discount.${rule.kind}`,
      params: { programId, percent: toPercent(percentBp), min: reached, measured },
    });
  }
  return percentBp;
}
