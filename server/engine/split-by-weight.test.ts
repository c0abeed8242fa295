import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitByWeight } from "./split-by-weight";

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const weightsArb = fc
  .array(fc.nat(1_000), { minLength: 1, maxLength: 12 })
  .filter((ws) => sum(ws) > 0);

describe("splitByWeight (largest remainder)", () => {
  it.each([
    [100, [1, 1, 1], [34, 33, 33]],
    [2, [1, 1, 1], [1, 1, 0]],
    [10, [3, 0, 7], [3, 0, 7]],
    [5, [1, 2], [2, 3]],
  ])("splitByWeight(%i, %j) = %j", (total, weights, expected) => {
    expect(splitByWeight(total, weights)).toEqual(expected);
  });

  it("gives every part its floor or ceiling quota and sums to the total (property)", () => {
    fc.assert(
      fc.property(weightsArb, fc.nat(1e9), (weights, total) => {
        const parts = splitByWeight(total, weights);
        const s = sum(weights);
        expect(sum(parts)).toBe(total);
        parts.forEach((part, i) => {
          const exact = (BigInt(total) * BigInt(weights[i] ?? 0)) / BigInt(s);
          expect(BigInt(part) - exact).toBeGreaterThanOrEqual(0n);
          expect(BigInt(part) - exact).toBeLessThanOrEqual(1n);
          if (total <= s) expect(part).toBeLessThanOrEqual(weights[i] ?? 0);
        });
      }),
    );
  });

  it("stays exact when total*weight passes 2^53", () => {
    const parts = splitByWeight(9e15, [3, 1]);
    expect(parts).toEqual([6.75e15, 2.25e15]);
  });
});
