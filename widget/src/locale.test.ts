import { describe, expect, it } from "vitest";
import { pickLocale } from "./locale";

describe("pickLocale", () => {
  it.each([
    { candidates: ["en", "ru"], locale: "en" },
    { candidates: [null, "ru"], locale: "ru" },
    { candidates: [null, undefined, "en-GB"], locale: "en" },
    { candidates: ["ru-RU"], locale: "ru" },
    { candidates: ["RU"], locale: "ru" },
    { candidates: ["de"], locale: "en" },
    { candidates: ["", null], locale: "ru" },
    { candidates: [], locale: "ru" },
  ])("$candidates -> $locale", ({ candidates, locale }) => {
    expect(pickLocale(...candidates)).toBe(locale);
  });
});
