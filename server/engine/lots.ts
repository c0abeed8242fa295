import type { LotAmount, Result } from "./reason";

/** A ledger lot: points earned together, spent down FIFO by expiry. */
export type Lot = { id: string; remaining: number; availableAt: Date; expiresAt: Date | null };

export function isAvailable(lot: Lot, now: Date): boolean {
  const t = now.getTime();
  return (
    lot.remaining > 0 &&
    lot.availableAt.getTime() <= t &&
    (lot.expiresAt === null || lot.expiresAt.getTime() > t)
  );
}

export function sumAvailable(lots: readonly Lot[], now: Date): number {
  let sum = 0;
  for (const lot of lots) if (isAvailable(lot, now)) sum += lot.remaining;
  return sum;
}

export function sumPending(lots: readonly Lot[], now: Date): number {
  let sum = 0;
  for (const lot of lots) {
    if (lot.remaining > 0 && lot.availableAt.getTime() > now.getTime()) sum += lot.remaining;
  }
  return sum;
}

/** Soonest expiry first, lots that never expire last, then the oldest, then by id. */
export function compareSpendOrder(a: Lot, b: Lot): number {
  const ea = a.expiresAt?.getTime() ?? Number.POSITIVE_INFINITY;
  const eb = b.expiresAt?.getTime() ?? Number.POSITIVE_INFINITY;
  if (ea !== eb) return ea < eb ? -1 : 1;
  const aa = a.availableAt.getTime();
  const ab = b.availableAt.getTime();
  if (aa !== ab) return aa - ab;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Consumes available lots in spend order; refuses rather than overdraws. */
export function allocateSpend(
  lots: readonly Lot[],
  amount: number,
  now: Date,
): Result<LotAmount[]> {
  if (!Number.isSafeInteger(amount) || amount < 0) {
    return { ok: false, error: { key: "spend.invalidAmount", params: { amount } } };
  }
  const available = lots.filter((lot) => isAvailable(lot, now)).sort(compareSpendOrder);
  const taken: LotAmount[] = [];
  let left = amount;
  for (const lot of available) {
    if (left === 0) break;
    const part = Math.min(lot.remaining, left);
    taken.push({ lotId: lot.id, amount: part });
    left -= part;
  }
  if (left > 0) {
    return {
      ok: false,
      error: { key: "spend.insufficient", params: { requested: amount, available: amount - left } },
    };
  }
  return { ok: true, value: taken };
}

/** What the expiry job writes off: everything left in lots whose expiry has passed. */
export function findExpired(lots: readonly Lot[], now: Date): LotAmount[] {
  const expired: LotAmount[] = [];
  for (const lot of lots) {
    if (lot.remaining > 0 && lot.expiresAt !== null && lot.expiresAt.getTime() <= now.getTime()) {
      expired.push({ lotId: lot.id, amount: lot.remaining });
    }
  }
  return expired;
}
