import { describe, expect, it } from "vitest";
import { formatDecimal, parseDecimal } from "./decimal";

describe("parseDecimal", () => {
  it.each([
    ["10", 2, 1000],
    ["10.5", 2, 1050],
    ["10,5", 2, 1050],
    ["0.01", 2, 1],
    [" 1 234,56 ", 2, 123456],
    ["1\u00a0234", 2, 123400],
    ["1.5", 4, 15000],
    ["0.29", 2, 29],
    ["33.33", 2, 3333],
    ["100", 0, 100],
    [".5", 2, 50],
    ["7.", 2, 700],
    ["2.50", 1, 25],
  ])("%s at scale %i is %i", (text, scale, value) => {
    expect(parseDecimal(text, scale)).toEqual({ ok: true, value });
  });

  it("never goes through a float: 0.29 and 1.005 stay exact", () => {
    expect(parseDecimal("0.29", 2)).toEqual({ ok: true, value: 29 });
    expect(parseDecimal("1.005", 3)).toEqual({ ok: true, value: 1005 });
    expect(parseDecimal("4.35", 2)).toEqual({ ok: true, value: 435 });
  });

  it.each([
    ["", "number"],
    ["abc", "number"],
    ["1.2.3", "number"],
    ["1e3", "number"],
    ["10.555", "decimals"],
    ["1.5", "decimals", 0],
  ])("rejects %j", (text, error, scale = 2) => {
    expect(parseDecimal(text, scale)).toEqual({ ok: false, error });
  });
});

describe("formatDecimal", () => {
  it.each([
    [1050, 2, ".", "10.5"],
    [1000, 2, ",", "10"],
    [1, 2, ",", "0,01"],
    [15000, 4, ".", "1.5"],
    [-250, 2, ".", "-2.5"],
    [42, 0, ".", "42"],
  ])("%i at scale %i", (value, scale, separator, text) => {
    expect(formatDecimal(value, scale, separator)).toBe(text);
  });

  it("round-trips", () => {
    for (const value of [0, 1, 99, 100, 12345, 10000, 9999]) {
      expect(parseDecimal(formatDecimal(value, 2, ","), 2)).toEqual({ ok: true, value });
    }
  });
});
