/**
 * Every rounding in money and points math goes through this file.
 * Each rule computes a*b/c for non-negative safe integers a, b and positive c
 * with integer math only; products beyond 2^53 fall back to BigInt.
 */
export type RoundingRule = "down" | "up" | "halfUp" | "halfEven";

export const BP = 10_000;

function assertOperands(a: number, b: number, c: number): void {
  if (!(Number.isSafeInteger(a) && Number.isSafeInteger(b) && Number.isSafeInteger(c))) {
    throw new RangeError(`rounding: integers expected, got ${a}*${b}/${c}`);
  }
  if (a < 0 || b < 0 || c <= 0) throw new RangeError(`rounding: ${a}*${b}/${c} out of range`);
}

function finish(
  q: number,
  twiceRemainder: number,
  c: number,
  hasRemainder: boolean,
  rule: RoundingRule,
): number {
  switch (rule) {
    case "down":
      return q;
    case "up":
      return hasRemainder ? q + 1 : q;
    case "halfUp":
      return twiceRemainder >= c ? q + 1 : q;
    case "halfEven":
      return twiceRemainder > c || (twiceRemainder === c && q % 2 === 1) ? q + 1 : q;
  }
}

/** A value that may have outgrown 2^53: sums of weighted amounts on huge carts. */
export type Wide = number | bigint;

function divideBig(rule: RoundingRule, a: Wide, b: Wide, c: Wide): number {
  const product = BigInt(a) * BigInt(b);
  const divisor = BigInt(c);
  if (product < 0n || divisor <= 0n) throw new RangeError("rounding: operands out of range");
  const q = product / divisor;
  const r = product % divisor;
  const twice = 2n * r;
  let result = q;
  if (rule === "up" && r > 0n) result = q + 1n;
  if (rule === "halfUp" && twice >= divisor) result = q + 1n;
  if (rule === "halfEven" && (twice > divisor || (twice === divisor && q % 2n === 1n))) {
    result = q + 1n;
  }
  if (result > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError("rounding: result too large");
  return Number(result);
}

/** Rounds a*b/c by `rule`; `a` may be a BigInt sum, the rest are safe integers. */
export function roundBy(rule: RoundingRule, a: Wide, b: number, c: number): number {
  if (typeof a === "bigint") return divideBig(rule, a, b, c);
  assertOperands(a, b, c);
  const product = a * b;
  if (product > Number.MAX_SAFE_INTEGER) return divideBig(rule, a, b, c);
  // The float quotient can be off by one near 2^53; the remainder check corrects it exactly.
  let q = Math.floor(product / c);
  let r = product - q * c;
  if (r < 0) {
    q -= 1;
    r += c;
  } else if (r >= c) {
    q += 1;
    r -= c;
  }
  return finish(q, 2 * r, c, r > 0, rule);
}

/** Exact sum of xs[i]*ys[i]; switches to BigInt only when the sum outgrows 2^53. */
export function sumProducts(xs: readonly number[], ys: readonly number[]): Wide {
  let sum = 0;
  for (let i = 0; i < xs.length; i++) {
    const term = (xs[i] ?? 0) * (ys[i] ?? 0);
    sum += term;
    if (sum > Number.MAX_SAFE_INTEGER) return sumProductsBig(xs, ys);
  }
  return sum;
}

function sumProductsBig(xs: readonly number[], ys: readonly number[]): bigint {
  let sum = 0n;
  for (let i = 0; i < xs.length; i++) sum += BigInt(xs[i] ?? 0) * BigInt(ys[i] ?? 0);
  return sum;
}

/** floor(a*b/c): the default for points earned and for every cap. */
export function roundDown(a: number, b: number, c: number): number {
  return roundBy("down", a, b, c);
}

/** ceil(a*b/c). */
export function roundUp(a: number, b: number, c: number): number {
  return roundBy("up", a, b, c);
}

/** Nearest integer, exact halves go up (commercial rounding). */
export function roundHalfUp(a: number, b: number, c: number): number {
  return roundBy("halfUp", a, b, c);
}

/** Nearest integer, exact halves go to the even neighbour (banker's rounding). */
export function roundHalfEven(a: number, b: number, c: number): number {
  return roundBy("halfEven", a, b, c);
}

/** amount * bp / 10000: a percent expressed in basis points (1% = 100 bp). */
export function applyBp(amount: number, bp: number, rule: RoundingRule): number {
  return roundBy(rule, amount, bp, BP);
}
