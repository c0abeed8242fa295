import { describe, expect, it } from "vitest";
import { clampPoints, createZeroChange, previewChange } from "./points";
import type { Quote } from "./types";

describe("clampPoints", () => {
  it.each([
    { value: "150", max: 480, points: 150 },
    { value: 150, max: 480, points: 150 },
    { value: "0", max: 480, points: 0 },
    { value: "", max: 480, points: 0 },
    { value: "abc", max: 480, points: 0 },
    { value: "-5", max: 480, points: 0 },
    { value: "12.9", max: 480, points: 12 },
    { value: " 42 ", max: 480, points: 42 },
    { value: "1e3", max: 480, points: 480 },
    { value: "481", max: 480, points: 480 },
    { value: "Infinity", max: 480, points: 480 },
    { value: "10", max: 0, points: 0 },
    { value: "10", max: -3, points: 0 },
  ])("$value within 0..$max -> $points", ({ value, max, points }) => {
    expect(clampPoints(value, max)).toBe(points);
  });
});

const quote = {
  totals: { subtotal: 178000, discount: 17800, pointsValue: 15000, total: 145200 },
  spend: {
    applied: 150,
    max: 480,
    pointValue: 100,
    limit: { key: "spend.limit.maxShare", params: {} },
  },
} as Quote;

describe("previewChange", () => {
  it.each([
    { points: 150, discount: 32800, total: 145200 },
    { points: 0, discount: 17800, total: 160200 },
    { points: 480, discount: 65800, total: 112200 },
  ])("$points points -> total $total", ({ points, discount, total }) => {
    expect(previewChange(quote, points, null)).toEqual({
      pointsToSpend: points,
      discount,
      total,
      holdId: null,
    });
  });
});

describe("createZeroChange", () => {
  it.each([
    { cart: null, total: 0 },
    { cart: { currency: "RUB", lines: [] }, total: 0 },
    {
      cart: {
        currency: "RUB",
        lines: [
          { sku: "A", unitPrice: 89000, quantity: 2 },
          { sku: "B", unitPrice: 150, quantity: 3 },
        ],
      },
      total: 178450,
    },
  ])("charges the cart as it is: $total", ({ cart, total }) => {
    expect(createZeroChange(cart)).toEqual({ pointsToSpend: 0, discount: 0, total, holdId: null });
  });
});
