import { zeros } from "../arrays";
import type { CartLine } from "../cart";
import { MAX_MONEY } from "../cart";
import { type CompiledProgram, compileProgram } from "../compile";
import type { TierLevel } from "../config/tiers";
import type { Reason } from "../reason";
import { resolveLevelIndex } from "../tiers";
import { type LocalTime, toLocalTime } from "../time";
import type { MemberState, ProgramVersion, QuoteInput } from "./types";

/** Scratch state of one quote: per-line figures as parallel arrays, filled step by step. */
export type Work = {
  lines: readonly CartLine[];
  n: number;
  versions: readonly ProgramVersion[];
  programs: CompiledProgram[];
  /** Resolved tier level per program (null without tiers). */
  levels: (TierLevel | null)[];
  member: MemberState;
  now: Date;
  local: LocalTime;
  subtotal: number;
  gross: number[];
  discount: number[];
  /** Each program's own line discounts, before stacking. */
  programDiscounts: (number[] | null)[];
  orderDiscount: number[];
  pointsValue: number[];
  pointsSpent: number[];
  cashbackSpent: number[];
  pointsEarned: number[];
  cashbackEarned: number[];
  reasons: Reason[];
};

export const BLANK_MEMBER: MemberState = {
  tierId: null,
  availablePoints: 0,
  pendingPoints: 0,
  cashbackBalance: 0,
  stats: {},
  birthDate: null,
  clubProgramIds: [],
  isBlocked: false,
};

export function createWork(input: QuoteInput, member: MemberState): Work {
  const lines = input.cart.lines;
  const n = lines.length;
  const gross = zeros(n);
  let subtotal = 0;
  for (let i = 0; i < n; i++) {
    const line = lines[i] as CartLine;
    const amount = line.unitPrice * line.quantity;
    const isWhole = Number.isSafeInteger(line.unitPrice) && Number.isSafeInteger(line.quantity);
    if (!isWhole || !Number.isSafeInteger(amount) || line.unitPrice < 0 || line.quantity < 0) {
      throw new RangeError(`quote: line ${i} needs whole non-negative price and quantity`);
    }
    gross[i] = amount;
    subtotal += amount;
  }
  if (subtotal > MAX_MONEY) throw new RangeError("quote: cart total is too large");
  const programs = input.versions.map((v) => compileProgram(v.config));
  return {
    lines,
    n,
    versions: input.versions,
    programs,
    levels: programs.map((p) =>
      p.tiers
        ? (p.tiers.levels[resolveLevelIndex(p.tiers, member.tierId, member.stats)] ?? null)
        : null,
    ),
    member,
    now: input.context.now,
    local: toLocalTime(input.context.now, input.context.timezone),
    subtotal,
    gross,
    discount: zeros(n),
    programDiscounts: programs.map(() => null),
    orderDiscount: zeros(n),
    pointsValue: zeros(n),
    pointsSpent: zeros(n),
    cashbackSpent: zeros(n),
    pointsEarned: zeros(n),
    cashbackEarned: zeros(n),
    reasons: [],
  };
}

/** Line money after member and reward discounts, before points and cashback. */
export function netOf(work: Work, i: number): number {
  return (work.gross[i] ?? 0) - (work.discount[i] ?? 0) - (work.orderDiscount[i] ?? 0);
}

/** Line money still to be paid in cash. */
export function cashOf(work: Work, i: number): number {
  return netOf(work, i) - (work.pointsValue[i] ?? 0) - (work.cashbackSpent[i] ?? 0);
}
