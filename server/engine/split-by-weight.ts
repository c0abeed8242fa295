import { zeros } from "./arrays";

/**
 * One-shot split of `total` proportional to `weights` by largest remainder (Hamilton):
 * parts sum to `total`, each is its floor or ceiling quota, so none exceeds its weight
 * when total <= sum(weights). Cheaper than apportion(); use it where monotonicity is moot.
 */
export function splitByWeight(total: number, weights: readonly number[]): number[] {
  const n = weights.length;
  const parts = zeros(n);
  if (total === 0) return parts;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += weights[i] as number;
  if (sum === 0) throw new RangeError("splitByWeight: all weights are zero");
  if (!Number.isSafeInteger(sum) || !Number.isSafeInteger(total) || total < 0) {
    throw new RangeError("splitByWeight: whole non-negative amounts expected");
  }
  const remainders = zeros(n);
  let left = total;
  for (let i = 0; i < n; i++) {
    const w = weights[i] as number;
    const product = total * w;
    if (product > Number.MAX_SAFE_INTEGER) {
      const big = BigInt(total) * BigInt(w);
      parts[i] = Number(big / BigInt(sum));
      remainders[i] = Number(big % BigInt(sum));
    } else {
      let q = Math.floor(product / sum);
      let r = product - q * sum;
      if (r < 0) {
        q -= 1;
        r += sum;
      } else if (r >= sum) {
        q += 1;
        r -= sum;
      }
      parts[i] = q;
      remainders[i] = r;
    }
    left -= parts[i] as number;
  }
  if (left === 0) return parts;
  // The units go to the largest remainders (lower index first on ties): find the cut-off value.
  const cutoff = selectLargest(remainders.slice(), left);
  let above = 0;
  for (let i = 0; i < n; i++) if ((remainders[i] as number) > cutoff) above += 1;
  let atCutoff = left - above;
  for (let i = 0; i < n; i++) {
    const r = remainders[i] as number;
    if (r > cutoff || (r === cutoff && atCutoff-- > 0)) parts[i] = (parts[i] as number) + 1;
  }
  return parts;
}

/** The k-th largest value (k >= 1) by quickselect; reorders `values`. */
function selectLargest(values: number[], k: number): number {
  let lo = 0;
  let hi = values.length - 1;
  const target = k - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >> 1] as number;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((values[i] as number) > pivot) i++;
      while ((values[j] as number) < pivot) j--;
      if (i <= j) {
        const swap = values[i] as number;
        values[i] = values[j] as number;
        values[j] = swap;
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else return values[target] as number;
  }
  return values[target] as number;
}
