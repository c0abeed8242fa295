/**
 * Ticks fall in the middle of each `everySeconds` slot since the epoch: every instance sends in
 * the same slot, and a clock up to half a slot off the database's still lands in the right one.
 */
export function nextTickAt(everySeconds: number, now: Date): Date {
  const slot = everySeconds * 1000;
  const offset = slot / 2;
  const next = Math.floor((now.getTime() - offset) / slot + 1) * slot + offset;
  return new Date(next);
}
