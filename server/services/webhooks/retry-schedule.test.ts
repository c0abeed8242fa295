import { describe, expect, it } from "vitest";
import { maxAttempts, nextRetryAt } from "./retry-schedule";

const now = new Date("2026-01-01T00:00:00Z");
const minutesLater = (attempts: number) => {
  const next = nextRetryAt(attempts, now);
  return next && (next.getTime() - now.getTime()) / 60_000;
};

describe("webhook retry schedule", () => {
  it("waits 1m, 5m, 30m, 2h, 6h, 12h, then gives up after the 7th attempt", () => {
    expect([1, 2, 3, 4, 5, 6, 7].map(minutesLater)).toEqual([1, 5, 30, 120, 360, 720, null]);
    expect(maxAttempts).toBe(7);
  });
});
