import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { apportion } from "./apportion";

/** D'Hondt by the book: one unit at a time to the highest w/(part+1), ties to the lower index. */
function naiveDHondt(total: number, weights: number[]): number[] {
  const parts = weights.map(() => 0);
  for (let u = 0; u < total; u++) {
    let best = -1;
    weights.forEach((w, i) => {
      if (w === 0) return;
      const b = best < 0 ? null : best;
      if (b === null || w * ((parts[b] ?? 0) + 1) > (weights[b] ?? 0) * ((parts[i] ?? 0) + 1))
        best = i;
    });
    parts[best] = (parts[best] ?? 0) + 1;
  }
  return parts;
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const weightsArb = fc
  .array(fc.nat(1_000), { minLength: 1, maxLength: 12 })
  .filter((ws) => sum(ws) > 0);

describe("apportion (D'Hondt)", () => {
  it.each([
    [10, [1, 1], [5, 5]],
    [1, [1, 1], [1, 0]],
    [3, [1, 1, 1], [1, 1, 1]],
    [7, [100, 0, 50], [5, 0, 2]],
    [0, [5, 5], [0, 0]],
    [15, [10, 5], [10, 5]],
  ])("apportion(%i, %j) = %j", (total, weights, expected) => {
    expect(apportion(total, weights)).toEqual(expected);
  });

  it("refuses to split a positive total over zero weights", () => {
    expect(() => apportion(1, [0, 0])).toThrow(RangeError);
  });

  it("equals one-unit-at-a-time D'Hondt (property)", () => {
    fc.assert(
      fc.property(weightsArb, fc.nat(300), (weights, total) => {
        expect(apportion(total, weights)).toEqual(naiveDHondt(total, weights));
      }),
    );
  });

  it("sums to the total, never exceeds a weight and never shrinks as the total grows (property)", () => {
    fc.assert(
      fc.property(weightsArb, fc.nat(), fc.nat(), (weights, a, b) => {
        const s = sum(weights);
        const [low, high] = [a % (s + 1), b % (s + 1)].sort((x, y) => x - y) as [number, number];
        const lowParts = apportion(low, weights);
        const highParts = apportion(high, weights);
        expect(sum(highParts)).toBe(high);
        highParts.forEach((part, i) => {
          expect(part).toBeLessThanOrEqual(weights[i] ?? 0);
          expect(part).toBeGreaterThanOrEqual(lowParts[i] ?? 0);
        });
      }),
    );
  });

  it("gives back the weights exactly when the total is their sum (property)", () => {
    fc.assert(
      fc.property(weightsArb, (weights) => {
        expect(apportion(sum(weights), weights)).toEqual(weights);
      }),
    );
  });
});
