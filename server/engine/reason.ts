/** A message key plus the numbers behind it, so a UI can explain a figure in any language. */
export type Reason = { key: string; params: Record<string, number | string> };

export type Result<T> = { ok: true; value: T } | { ok: false; error: Reason };

/** One change against one ledger lot. */
export type LotAmount = { lotId: string; amount: number };

/** Bp to a display percent (1050 -> 10.5); for reason params only, never for math. */
export function toPercent(bp: number): number {
  return bp / 100;
}
