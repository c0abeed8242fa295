import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  applyBp,
  type RoundingRule,
  roundBy,
  roundDown,
  roundHalfEven,
  roundHalfUp,
  roundUp,
  sumProducts,
} from "./rounding";

/** Reference in BigInt with the textbook definitions. */
function reference(rule: RoundingRule, a: number, b: number, c: number): number {
  const p = BigInt(a) * BigInt(b);
  const d = BigInt(c);
  const q = p / d;
  const r = p % d;
  if (rule === "down") return Number(q);
  if (rule === "up") return Number(r > 0n ? q + 1n : q);
  if (rule === "halfUp") return Number(2n * r >= d ? q + 1n : q);
  return Number(2n * r > d || (2n * r === d && q % 2n === 1n) ? q + 1n : q);
}

describe("rounding rules", () => {
  it.each([
    // a, b, c, down, up, halfUp, halfEven
    [7, 1, 2, 3, 4, 4, 4],
    [5, 1, 2, 2, 3, 3, 2],
    [9, 1, 2, 4, 5, 5, 4],
    [10, 1, 4, 2, 3, 3, 2],
    [11, 1, 4, 2, 3, 3, 3],
    [0, 500, 10_000, 0, 0, 0, 0],
    [199, 500, 10_000, 9, 10, 10, 10],
    [190, 500, 10_000, 9, 10, 10, 10],
    [150, 500, 10_000, 7, 8, 8, 8],
    [130, 500, 10_000, 6, 7, 7, 6],
    [12, 1, 1, 12, 12, 12, 12],
  ])(
    "%i*%i/%i -> down %i, up %i, halfUp %i, halfEven %i",
    (a, b, c, down, up, halfUp, halfEven) => {
      expect(roundDown(a, b, c)).toBe(down);
      expect(roundUp(a, b, c)).toBe(up);
      expect(roundHalfUp(a, b, c)).toBe(halfUp);
      expect(roundHalfEven(a, b, c)).toBe(halfEven);
    },
  );

  it("applies basis points: 3% of 999.99 RUB is 29.99 RUB down, 30.00 half up", () => {
    expect(applyBp(99_999, 300, "down")).toBe(2_999);
    expect(applyBp(99_999, 300, "halfUp")).toBe(3_000);
  });

  it("is exact past 2^53 by switching to BigInt", () => {
    const a = 9_007_199_254_740_991;
    expect(roundDown(a, 3, 7)).toBe(Number((BigInt(a) * 3n) / 7n));
    expect(roundBy("halfUp", 10n ** 16n + 5n, 1, 10)).toBe(10 ** 15 + 1);
  });

  it("near 2^53 the float quotient is corrected", () => {
    const a = 2 ** 53 - 1;
    expect(roundDown(a, 1, 3)).toBe(Number(BigInt(a) / 3n));
    expect(roundDown(a - 2, 1, a - 1)).toBe(0);
    expect(roundUp(a - 2, 1, a - 1)).toBe(1);
  });

  it("rejects negative, fractional or zero-divisor operands", () => {
    expect(() => roundDown(-1, 1, 1)).toThrow(RangeError);
    expect(() => roundDown(1.5, 1, 1)).toThrow(RangeError);
    expect(() => roundDown(1, 1, 0)).toThrow(RangeError);
  });

  it("refuses a result that would not be a safe integer", () => {
    expect(() => roundBy("down", 10n ** 30n, 1, 1)).toThrow(RangeError);
  });

  it("sums products exactly, in BigInt once past 2^53", () => {
    expect(sumProducts([2, 3], [5, 7])).toBe(31);
    expect(sumProducts([2 ** 52, 2 ** 52], [3, 1])).toBe(2n ** 54n);
  });

  it("matches the BigInt reference for every rule (property)", () => {
    const rules: RoundingRule[] = ["down", "up", "halfUp", "halfEven"];
    fc.assert(
      fc.property(
        fc.constantFrom(...rules),
        fc.maxSafeNat(),
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
        (rule, a, b, c) => {
          const expected = reference(rule, a, b, c);
          fc.pre(Number.isSafeInteger(expected));
          expect(roundBy(rule, a, b, c)).toBe(expected);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("orders the rules: down <= halfEven, halfUp <= up, within 1 of each other (property)", () => {
    fc.assert(
      fc.property(fc.nat(1e11), fc.nat(10_000), fc.integer({ min: 1, max: 1e9 }), (a, b, c) => {
        const down = roundDown(a, b, c);
        const up = roundUp(a, b, c);
        expect(up - down).toBeLessThanOrEqual(1);
        for (const v of [roundHalfUp(a, b, c), roundHalfEven(a, b, c)]) {
          expect(v).toBeGreaterThanOrEqual(down);
          expect(v).toBeLessThanOrEqual(up);
        }
      }),
    );
  });
});
