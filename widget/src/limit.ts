import type { Locale } from "./locale";
import { formatPoints } from "./plural";
import type { Params, Spend } from "./types";

type Phrase = (params: Params, locale: Locale) => string;

type Phrases = {
  max: (points: string) => string;
  noPoints: string;
  /** Rules that cap the amount: said after "Max N points". */
  caps: Record<string, Phrase>;
  /** Rules that forbid spending: said alone. */
  refusals: Record<string, Phrase>;
};

const percent = (params: Params, locale: Locale) =>
  new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 2 }).format(
    Number(params.percent) / 100,
  );

const points = (params: Params, locale: Locale) => formatPoints(Number(params.points), locale);

const PHRASES: Record<Locale, Phrases> = {
  ru: {
    max: (n) => `Максимум ${n}`,
    noPoints: "На балансе пока нет баллов для списания",
    caps: {
      maxShare: (p, l) => `до ${percent(p, l)} суммы заказа`,
      balance: () => "весь ваш баланс",
      orderTotal: () => "вся сумма заказа",
      excludedCategories: () => "товары некоторых категорий нельзя оплатить баллами",
      discountedItems: () => "товары со скидкой нельзя оплатить баллами",
    },
    refusals: {
      minBalance: (p, l) => `Минимальный баланс для списания — ${points(p, l)}`,
      birthdayOnly: () => "Баллы можно списать только в дни рождения",
      blocked: () => "Списание баллов для вашего аккаунта приостановлено",
      guest: () => "Войдите, чтобы оплатить заказ баллами",
      none: () => "В этом магазине баллами оплатить нельзя",
    },
  },
  en: {
    max: (n) => `Max ${n}`,
    noPoints: "No points to spend yet",
    caps: {
      maxShare: (p, l) => `up to ${percent(p, l)} of the order`,
      balance: () => "your balance",
      orderTotal: () => "the order total",
      excludedCategories: () => "some categories can't be paid with points",
      discountedItems: () => "sale items can't be paid with points",
    },
    refusals: {
      minBalance: (p, l) => `Minimum balance to spend is ${points(p, l)}`,
      birthdayOnly: () => "Points can be spent only around your birthday",
      blocked: () => "Spending points is paused for your account",
      guest: () => "Sign in to pay with points",
      none: () => "This store doesn't take points as payment",
    },
  },
};

/** The rule that limits spending, in words: "Max 480 points — up to 30% of the order". */
export function describeLimit(spend: Spend, locale: Locale): string {
  const phrases = PHRASES[locale];
  const rule = spend.limit.key.replace("spend.limit.", "");
  const { params } = spend.limit;
  const max = phrases.max(formatPoints(spend.max, locale));
  const cap = phrases.caps[rule];
  if (cap)
    return rule === "balance" && spend.max === 0
      ? phrases.noPoints
      : `${max} — ${cap(params, locale)}`;
  const refusal = phrases.refusals[rule];
  if (refusal) return refusal(params, locale);
  return spend.max > 0 ? max : "";
}
