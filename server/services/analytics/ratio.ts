/**
 * Rounding rule for every dashboard ratio and average: round half up, in exact integer
 * arithmetic (bigint), so 1/3 of a kopeck or a basis point is never a float artefact.
 * A zero denominator has no value (null), shown as a dash.
 */
export function divideRounded(numerator: number, denominator: number): number | null {
  if (denominator === 0) return null;
  const n = BigInt(numerator);
  const d = BigInt(denominator);
  const sign = n < 0n !== d < 0n ? -1n : 1n;
  const an = n < 0n ? -n : n;
  const ad = d < 0n ? -d : d;
  return Number(sign * ((2n * an + ad) / (2n * ad)));
}

/** A share in basis points (10000 = 100%), rounded half up. */
export function shareBp(part: number, whole: number): number | null {
  return divideRounded(part * 10_000, whole);
}
