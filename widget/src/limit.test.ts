import { describe, expect, it } from "vitest";
import { describeLimit } from "./limit";
import type { Params } from "./types";

const spend = (key: string, max: number, params: Params = {}) => ({
  applied: 0,
  max,
  pointValue: 100,
  limit: { key: `spend.limit.${key}`, params },
});

describe("describeLimit", () => {
  it.each([
    {
      rule: spend("maxShare", 480, { percent: 30 }),
      ru: "Максимум 480 баллов — до 30 % суммы заказа",
      en: "Max 480 points — up to 30% of the order",
    },
    {
      rule: spend("maxShare", 21, { percent: 12.5 }),
      ru: "Максимум 21 балл — до 12,5 % суммы заказа",
      en: "Max 21 points — up to 12.5% of the order",
    },
    {
      rule: spend("balance", 1200),
      ru: "Максимум 1 200 баллов — весь ваш баланс",
      en: "Max 1,200 points — your balance",
    },
    {
      rule: spend("balance", 0),
      ru: "На балансе пока нет баллов для списания",
      en: "No points to spend yet",
    },
    {
      rule: spend("orderTotal", 3),
      ru: "Максимум 3 балла — вся сумма заказа",
      en: "Max 3 points — the order total",
    },
    {
      rule: spend("excludedCategories", 90),
      ru: "Максимум 90 баллов — товары некоторых категорий нельзя оплатить баллами",
      en: "Max 90 points — some categories can't be paid with points",
    },
    {
      rule: spend("discountedItems", 1),
      ru: "Максимум 1 балл — товары со скидкой нельзя оплатить баллами",
      en: "Max 1 point — sale items can't be paid with points",
    },
    {
      rule: spend("minBalance", 0, { points: 500 }),
      ru: "Минимальный баланс для списания — 500 баллов",
      en: "Minimum balance to spend is 500 points",
    },
    {
      rule: spend("birthdayOnly", 0),
      ru: "Баллы можно списать только в дни рождения",
      en: "Points can be spent only around your birthday",
    },
    {
      rule: spend("blocked", 0),
      ru: "Списание баллов для вашего аккаунта приостановлено",
      en: "Spending points is paused for your account",
    },
    {
      rule: spend("guest", 0),
      ru: "Войдите, чтобы оплатить заказ баллами",
      en: "Sign in to pay with points",
    },
    {
      rule: spend("none", 0),
      ru: "В этом магазине баллами оплатить нельзя",
      en: "This store doesn't take points as payment",
    },
    { rule: spend("somethingNew", 40), ru: "Максимум 40 баллов", en: "Max 40 points" },
    { rule: spend("somethingNew", 0), ru: "", en: "" },
  ])("$rule.limit.key, max $rule.max", ({ rule, ru, en }) => {
    expect(describeLimit(rule, "ru").replace(/\s/g, " ")).toBe(ru);
    expect(describeLimit(rule, "en").replace(/\s/g, " ")).toBe(en);
  });
});
