import { apportion } from "./apportion";
import type { LotAmount, Result } from "./reason";
import { roundDown } from "./rounding";

/** A priced line as stored with the order, plus how far it has been refunded. */
export type SnapshotLine = {
  quantity: number;
  /** Money the buyer paid for the line. */
  paid: number;
  pointsEarned: number;
  pointsSpent: number;
  cashbackEarned: number;
  cashbackSpent: number;
  /** Refund progress out of quantity * max(paid, 1); 0 for a fresh order. */
  refunded: number;
};

export type OrderSnapshot = {
  lines: SnapshotLine[];
  /** Lots the order's earn created; amounts sum to the lines' pointsEarned. */
  earnedLots: LotAmount[];
  /** Lots the order's spend consumed; amounts sum to the lines' pointsSpent. */
  spentLots: LotAmount[];
};

export type Refund =
  | { kind: "lines"; lines: { index: number; quantity: number }[] }
  | { kind: "amount"; amount: number };

export type RefundOutcome = {
  /** Store it: the next refund of this order starts from it. */
  snapshot: OrderSnapshot;
  /** Money to return to the buyer. */
  cash: number;
  pointsToReverse: LotAmount[];
  pointsToReturn: LotAmount[];
  cashbackToReverse: number;
  cashbackToReturn: number;
  isNoop: boolean;
};

const unitOf = (line: SnapshotLine) => (line.paid > 0 ? line.paid : 1);
const fullOf = (line: SnapshotLine) => line.quantity * unitOf(line);
const cashOf = (line: SnapshotLine) =>
  line.paid > 0 ? Math.floor(line.refunded / line.quantity) : 0;
const shareOf = (value: number, line: SnapshotLine) =>
  roundDown(value, line.refunded, fullOf(line));

type Cumulative = {
  cash: number;
  earned: number;
  spent: number;
  cashbackEarned: number;
  cashbackSpent: number;
};

/** Everything refunded so far, each figure rounded down per line: exact at 100%, never over. */
function sumRefunded(lines: readonly SnapshotLine[]): Cumulative {
  const sum: Cumulative = { cash: 0, earned: 0, spent: 0, cashbackEarned: 0, cashbackSpent: 0 };
  for (const line of lines) {
    sum.cash += cashOf(line);
    sum.earned += shareOf(line.pointsEarned, line);
    sum.spent += shareOf(line.pointsSpent, line);
    sum.cashbackEarned += shareOf(line.cashbackEarned, line);
    sum.cashbackSpent += shareOf(line.cashbackSpent, line);
  }
  return sum;
}

/**
 * Refunds lines by quantity or the order by an amount (spread over lines by money left).
 * Reversals are cumulative differences, so any sequence of partial refunds adds up to at
 * most the original figures and a full refund to exactly them; lots keep their ids.
 */
export function computeRefund(snapshot: OrderSnapshot, refund: Refund): Result<RefundOutcome> {
  const invalid = checkSnapshot(snapshot);
  if (invalid) return { ok: false, error: invalid };
  const lines = snapshot.lines.map((line) => ({ ...line }));
  if (refund.kind === "lines") {
    for (const { index, quantity } of refund.lines) {
      const line = lines[index];
      if (!line || !Number.isSafeInteger(quantity) || quantity <= 0) {
        return { ok: false, error: { key: "refund.invalidLine", params: { index, quantity } } };
      }
      line.refunded = Math.min(fullOf(line), line.refunded + quantity * unitOf(line));
    }
  } else {
    if (!Number.isSafeInteger(refund.amount) || refund.amount < 0) {
      return {
        ok: false,
        error: { key: "refund.invalidAmount", params: { amount: refund.amount } },
      };
    }
    const left = lines.map((line) => line.paid - cashOf(line));
    const total = left.reduce((a, b) => a + b, 0);
    const parts = apportion(Math.min(refund.amount, total), left);
    lines.forEach((line, i) => {
      line.refunded = Math.min(fullOf(line), line.refunded + (parts[i] ?? 0) * line.quantity);
    });
  }
  const before = sumRefunded(snapshot.lines);
  const after = sumRefunded(lines);
  const pointsToReverse = diffLots(snapshot.earnedLots, before.earned, after.earned);
  const pointsToReturn = diffLots(snapshot.spentLots, before.spent, after.spent);
  const outcome: RefundOutcome = {
    snapshot: { ...snapshot, lines },
    cash: after.cash - before.cash,
    pointsToReverse,
    pointsToReturn,
    cashbackToReverse: after.cashbackEarned - before.cashbackEarned,
    cashbackToReturn: after.cashbackSpent - before.cashbackSpent,
    isNoop: lines.every((line, i) => line.refunded === snapshot.lines[i]?.refunded),
  };
  return { ok: true, value: outcome };
}

/** Lots' share of a cumulative total: apportion is monotone, so the difference is never negative. */
function diffLots(lots: readonly LotAmount[], before: number, after: number): LotAmount[] {
  if (after === before) return [];
  const weights = lots.map((lot) => lot.amount);
  const was = apportion(before, weights);
  const now = apportion(after, weights);
  const changes: LotAmount[] = [];
  lots.forEach((lot, i) => {
    const amount = (now[i] ?? 0) - (was[i] ?? 0);
    if (amount > 0) changes.push({ lotId: lot.lotId, amount });
  });
  return changes;
}

function checkSnapshot(snapshot: OrderSnapshot) {
  let earned = 0;
  let spent = 0;
  for (const line of snapshot.lines) {
    const figures = [
      line.quantity,
      line.paid,
      line.pointsEarned,
      line.pointsSpent,
      line.cashbackEarned,
      line.cashbackSpent,
      line.refunded,
    ];
    if (
      !figures.every((f) => Number.isSafeInteger(f) && f >= 0) ||
      line.quantity === 0 ||
      line.refunded > fullOf(line)
    ) {
      return { key: "refund.invalidSnapshot", params: { reason: "line" } };
    }
    earned += line.pointsEarned;
    spent += line.pointsSpent;
  }
  const sumLots = (lots: readonly LotAmount[]) => lots.reduce((sum, lot) => sum + lot.amount, 0);
  if (sumLots(snapshot.earnedLots) !== earned || sumLots(snapshot.spentLots) !== spent) {
    return { key: "refund.invalidSnapshot", params: { reason: "lots" } };
  }
  return null;
}
