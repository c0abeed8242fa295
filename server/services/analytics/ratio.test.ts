import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { divideRounded, shareBp } from "./ratio";

describe("divideRounded (round half up, exact)", () => {
  it.each([
    [345_000, 3, 115_000],
    [50, 3, 17],
    [1, 2, 1],
    [5, 2, 3],
    [-5, 2, -3],
    [0, 7, 0],
    [7, 0, null],
  ])("%i / %i = %s", (n, d, expected) => {
    expect(divideRounded(n, d)).toBe(expected);
  });

  it("shares are basis points: 345000 of 645000 is 53.49%", () => {
    expect(shareBp(345_000, 645_000)).toBe(5349);
    expect(shareBp(5000, 345_000)).toBe(145);
    expect(shareBp(1, 0)).toBeNull();
  });

  it("is never more than half a unit away from the exact quotient", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 40 }),
        fc.integer({ min: 1, max: 2 ** 20 }),
        (n, d) => {
          const q = BigInt(divideRounded(n, d) ?? 0);
          const error = BigInt(n) * 2n - q * 2n * BigInt(d);
          // -1/2 <= n/d - q < 1/2: an exact half rounds up, so q sits half a unit above.
          return error >= -BigInt(d) && error < BigInt(d);
        },
      ),
    );
  });
});
