import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nextTickAt } from "./next-tick";

const at = (iso: string) => new Date(iso);

describe("nextTickAt", () => {
  it.each([
    { every: 60, now: "2026-01-01T10:00:00.000Z", next: "2026-01-01T10:00:30.000Z" },
    { every: 60, now: "2026-01-01T10:00:30.000Z", next: "2026-01-01T10:01:30.000Z" },
    { every: 60, now: "2026-01-01T10:00:45.000Z", next: "2026-01-01T10:01:30.000Z" },
    { every: 5, now: "2026-01-01T10:00:03.000Z", next: "2026-01-01T10:00:07.500Z" },
  ])("every $every s from $now ticks at $next", ({ every, now, next }) => {
    expect(nextTickAt(every, at(now)).toISOString()).toBe(next);
  });

  it("always ticks later, within one slot, in the middle of a slot", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 86_400 }),
        fc.integer({ min: 0, max: 4e12 }),
        (every, ms) => {
          const next = nextTickAt(every, new Date(ms)).getTime();
          const slot = every * 1000;
          expect(next).toBeGreaterThan(ms);
          expect(next - ms).toBeLessThanOrEqual(slot);
          expect((next - slot / 2) % slot).toBe(0);
        },
      ),
    );
  });
});
