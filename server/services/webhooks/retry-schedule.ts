const minute = 60_000;
const hour = 60 * minute;

/** Waits after the 1st, 2nd ... failed attempt: about 21 hours in all, then the delivery fails. */
export const retryDelaysMs = [minute, 5 * minute, 30 * minute, 2 * hour, 6 * hour, 12 * hour];
export const maxAttempts = retryDelaysMs.length + 1;

/** When to try again after `attempts` failed attempts, or null when it is time to give up. */
export function nextRetryAt(attempts: number, now: Date): Date | null {
  const delay = retryDelaysMs[attempts - 1];
  return delay === undefined ? null : new Date(now.getTime() + delay);
}
