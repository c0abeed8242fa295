import { describe, expect, it } from "vitest";
import { formatOrders, formatPoints } from "./plural";

describe("formatPoints", () => {
  it.each([
    { count: 0, ru: "0 баллов", en: "0 points" },
    { count: 1, ru: "1 балл", en: "1 point" },
    { count: 2, ru: "2 балла", en: "2 points" },
    { count: 4, ru: "4 балла", en: "4 points" },
    { count: 5, ru: "5 баллов", en: "5 points" },
    { count: 11, ru: "11 баллов", en: "11 points" },
    { count: 14, ru: "14 баллов", en: "14 points" },
    { count: 21, ru: "21 балл", en: "21 points" },
    { count: 22, ru: "22 балла", en: "22 points" },
    { count: 111, ru: "111 баллов", en: "111 points" },
    { count: 1200, ru: "1 200 баллов", en: "1,200 points" },
    { count: 1001, ru: "1 001 балл", en: "1,001 points" },
  ])("$count -> $ru / $en", ({ count, ru, en }) => {
    expect(formatPoints(count, "ru").replace(/\s/g, " ")).toBe(ru);
    expect(formatPoints(count, "en").replace(/\s/g, " ")).toBe(en);
  });

  it("keeps the number and the word on one line", () => {
    expect(formatPoints(5, "ru")).toBe("5\u00a0баллов");
  });
});

describe("formatOrders", () => {
  it.each([
    { count: 1, ru: "1 заказ", en: "1 order" },
    { count: 3, ru: "3 заказа", en: "3 orders" },
    { count: 7, ru: "7 заказов", en: "7 orders" },
  ])("$count -> $ru / $en", ({ count, ru, en }) => {
    expect(formatOrders(count, "ru").replace(/\s/g, " ")).toBe(ru);
    expect(formatOrders(count, "en").replace(/\s/g, " ")).toBe(en);
  });
});
