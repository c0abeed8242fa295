import { zeros } from "./arrays";
import { roundDown } from "./rounding";

/**
 * Splits `total` into integer parts proportional to `weights` (D'Hondt / Jefferson method,
 * ties to the lower index). Parts always sum to `total`; when total <= sum(weights) no part
 * exceeds its weight; a bigger total never gives any part less (house-monotone), which is
 * what lets cumulative refunds be computed as apportion(after) - apportion(before).
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  const n = weights.length;
  const parts = zeros(n);
  if (total === 0) return parts;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += weights[i] as number;
  if (sum === 0) throw new RangeError("apportion: all weights are zero");
  // D'Hondt never gives a part less than its floor quota, so start from it.
  let left = total;
  for (let i = 0; i < n; i++) {
    const part = roundDown(total, weights[i] as number, sum);
    parts[i] = part;
    left -= part;
  }
  if (left > 0) giveByPriority(left, weights, parts);
  return parts;
}

/** Hands out the last units one by one to the highest w/(part+1), via a binary heap. */
function giveByPriority(units: number, weights: readonly number[], parts: number[]): void {
  const heap: number[] = [];
  for (let i = 0; i < weights.length; i++) if ((weights[i] as number) > 0) heap.push(i);
  for (let i = (heap.length >> 1) - 1; i >= 0; i--) siftDown(heap, i, weights, parts);
  for (let u = 0; u < units; u++) {
    const best = heap[0] as number;
    parts[best] = (parts[best] as number) + 1;
    siftDown(heap, 0, weights, parts);
  }
}

function siftDown(
  heap: number[],
  start: number,
  weights: readonly number[],
  parts: number[],
): void {
  let at = start;
  for (;;) {
    const l = 2 * at + 1;
    const r = l + 1;
    let top = at;
    if (l < heap.length && isBefore(heap[l] as number, heap[top] as number, weights, parts)) {
      top = l;
    }
    if (r < heap.length && isBefore(heap[r] as number, heap[top] as number, weights, parts)) {
      top = r;
    }
    if (top === at) return;
    const swap = heap[at] as number;
    heap[at] = heap[top] as number;
    heap[top] = swap;
    at = top;
  }
}

/** w[a]/(p[a]+1) beats w[b]/(p[b]+1), compared without division; ties go to the lower index. */
function isBefore(a: number, b: number, weights: readonly number[], parts: number[]): boolean {
  const wa = weights[a] as number;
  const wb = weights[b] as number;
  const left = wa * ((parts[b] as number) + 1);
  const right = wb * ((parts[a] as number) + 1);
  if (left > Number.MAX_SAFE_INTEGER || right > Number.MAX_SAFE_INTEGER) {
    const l = BigInt(wa) * BigInt((parts[b] as number) + 1);
    const r = BigInt(wb) * BigInt((parts[a] as number) + 1);
    return l > r || (l === r && a < b);
  }
  return left > right || (left === right && a < b);
}
