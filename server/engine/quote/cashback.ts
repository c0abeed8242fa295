import { zeros } from "../arrays";
import { isExcluded } from "../calendar";
import { toPercent } from "../reason";
import { applyBp } from "../rounding";
import { splitByWeight } from "../split-by-weight";
import { addDays } from "../time";
import { findEarnBase } from "./base";
import type { EarnLot, Quote } from "./types";
import { cashOf, netOf, type Work } from "./work";

/** The cashback wallet pays after points, within the first cashback program's max share. */
export function applyCashbackSpend(
  work: Work,
  requested: number,
): { maxSpend: number; applied: number } {
  if (!Number.isSafeInteger(requested) || requested < 0) {
    throw new RangeError("quote: cashbackToSpend must be a whole non-negative amount");
  }
  const program = work.programs.find((p) => p.cashback !== null)?.cashback;
  if (!program) {
    if (requested > 0) work.reasons.push({ key: "cashback.limit.noWallet", params: {} });
    return { maxSpend: 0, applied: 0 };
  }
  const caps = zeros(work.n);
  let cap = 0;
  for (let i = 0; i < work.n; i++) {
    const share = applyBp(netOf(work, i), program.maxShareBp, "down");
    caps[i] = Math.min(share, cashOf(work, i));
    cap += caps[i] ?? 0;
  }
  const balance = work.member.cashbackBalance;
  const maxSpend = Math.min(balance, cap);
  work.reasons.push(
    balance <= cap
      ? { key: "cashback.limit.balance", params: { balance } }
      : {
          key: "cashback.limit.maxShare",
          params: { percent: toPercent(program.maxShareBp), amount: cap },
        },
  );
  const applied = Math.min(requested, maxSpend);
  if (applied === 0) return { maxSpend, applied };
  const shares = splitByWeight(applied, caps);
  for (let i = 0; i < work.n; i++) work.cashbackSpent[i] = shares[i] ?? 0;
  work.reasons.push({ key: "cashback.applied", params: { amount: applied } });
  return { maxSpend, applied };
}

/** Cashback earned per program: percent of the eligible base, one rounding per order. */
export function earnCashback(
  work: Work,
  orderNet: number,
): Pick<Quote["cashback"], "earned" | "lots"> {
  const lots: EarnLot[] = [];
  let earned = 0;
  const isPrimaryOnly = work.programs[0]?.stacking.earn === "primaryOnly";
  for (let p = 0; p < work.programs.length; p++) {
    const program = work.programs[p]?.cashback;
    const version = work.versions[p];
    if (!program || !version) continue;
    if (isPrimaryOnly && p !== work.programs.findIndex((c) => c.cashback !== null)) break;
    if (orderNet < program.minOrderAmount) {
      work.reasons.push({
        key: "cashback.minOrder",
        params: { programId: version.programId, minAmount: program.minOrderAmount },
      });
      continue;
    }
    const bases = zeros(work.n);
    let total = 0;
    for (let i = 0; i < work.n; i++) {
      const line = work.lines[i];
      if (!line || isExcluded(program.filter, line)) continue;
      bases[i] = findEarnBase(work, program.earnBase, i);
      total += bases[i] ?? 0;
    }
    const amount = applyBp(total, program.percentBp, program.rounding);
    if (amount === 0) continue;
    const shares = splitByWeight(amount, bases);
    for (let i = 0; i < work.n; i++) {
      work.cashbackEarned[i] = (work.cashbackEarned[i] ?? 0) + (shares[i] ?? 0);
    }
    const availableAt = addDays(work.now, program.activationDelayDays);
    lots.push({
      versionId: version.id,
      programId: version.programId,
      amount,
      availableAt,
      expiresAt: null,
    });
    earned += amount;
    work.reasons.push({
      key: "cashback.earn",
      params: {
        programId: version.programId,
        percent: toPercent(program.percentBp),
        amount,
        availableAt: availableAt.getTime(),
      },
    });
  }
  return { earned, lots };
}
