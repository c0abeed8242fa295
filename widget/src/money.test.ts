import { describe, expect, it } from "vitest";
import { formatMoney } from "./money";

const nbsp = "\u00a0";

describe("formatMoney", () => {
  it.each([
    { minor: 178000, currency: "RUB", locale: "ru", text: `1${nbsp}780,00${nbsp}₽` },
    { minor: 145205, currency: "RUB", locale: "en", text: "₽1,452.05" },
    { minor: 5, currency: "USD", locale: "en", text: "$0.05" },
    { minor: 0, currency: "USD", locale: "en", text: "$0.00" },
    { minor: -17800, currency: "RUB", locale: "en", text: "-₽178.00" },
    { minor: 1780, currency: "JPY", locale: "en", text: "¥1,780" },
    { minor: 1234567, currency: "KWD", locale: "en", text: "KWD 1,234.567" },
    // 2^53 - 1: a float division would round the last digits away.
    { minor: 9007199254740991, currency: "USD", locale: "en", text: "$90,071,992,547,409.91" },
  ])("$minor $currency in $locale -> $text", ({ minor, currency, locale, text }) => {
    expect(formatMoney(minor, currency, locale).replace(/\s/g, " ")).toBe(text.replace(/\s/g, " "));
  });
});
