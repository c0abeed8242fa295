import { describe, expect, it } from "vitest";
import { formatMoney } from "./money";

const nbsp = /\u00a0|\u202f/g;

describe("formatMoney", () => {
  it.each([
    [123456, "RUB", "ru", "1 234,56 ₽"],
    [123456, "USD", "en", "$1,234.56"],
    [5, "EUR", "en", "€0.05"],
    [-2550, "RUB", "en", "-RUB 25.50"],
    [1500, "JPY", "en", "¥1,500"],
    [9007199254740991, "RUB", "en", "RUB 90,071,992,547,409.91"],
  ])("formats %i %s in %s", (minor, currency, locale, expected) => {
    expect(formatMoney(minor, currency, locale).replace(nbsp, " ")).toBe(expected);
  });
});
