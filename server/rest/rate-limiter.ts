import { TooManyRequests } from "@/server/errors";

type Window = { startedAt: number; count: number };

/**
 * Fixed-window counter per key, in this process's memory: cheap enough for every widget
 * request. With several app instances each enforces its own share (documented in docs/).
 */
export function createRateLimiter({
  limit,
  windowMs,
  what = "requests",
}: {
  limit: number;
  windowMs: number;
  /** Names what is counted in the 429 message, e.g. "requests for this shopper". */
  what?: string;
}) {
  const windows = new Map<string, Window>();
  let lastSweep = 0;

  function sweep(now: number) {
    if (now - lastSweep < windowMs) return;
    lastSweep = now;
    for (const [key, window] of windows)
      if (now - window.startedAt >= windowMs) windows.delete(key);
  }

  return function hit(key: string, now = Date.now()) {
    sweep(now);
    const window = windows.get(key);
    if (!window || now - window.startedAt >= windowMs) {
      windows.set(key, { startedAt: now, count: 1 });
      return;
    }
    window.count += 1;
    if (window.count > limit) {
      const retryInSeconds = Math.ceil((window.startedAt + windowMs - now) / 1000);
      throw new TooManyRequests(
        `Too many ${what} (at most ${limit} in ${windowMs / 1000} s); try again in ${retryInSeconds} s`,
      );
    }
  };
}
