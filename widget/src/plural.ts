import type { Locale } from "./locale";

type Forms = Record<Locale, Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }>;

const POINTS: Forms = {
  ru: { one: "балл", few: "балла", many: "баллов", other: "балла" },
  en: { one: "point", other: "points" },
};

const ORDERS: Forms = {
  ru: { one: "заказ", few: "заказа", many: "заказов", other: "заказа" },
  en: { one: "order", other: "orders" },
};

function formatCount(count: number, locale: Locale, forms: Forms): string {
  const words = forms[locale];
  const word = words[new Intl.PluralRules(locale).select(count)] ?? words.other;
  return `${new Intl.NumberFormat(locale).format(count)}\u00a0${word}`;
}

/** 1 балл, 2 балла, 5 баллов; 1 point, 2 points. */
export function formatPoints(count: number, locale: Locale): string {
  return formatCount(count, locale, POINTS);
}

export function formatOrders(count: number, locale: Locale): string {
  return formatCount(count, locale, ORDERS);
}
