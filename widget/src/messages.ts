import type { Locale } from "./locale";

export const MESSAGES = {
  ru: {
    region: "Бонусная программа",
    loading: "Считаем бонусы…",
    unavailable: "Бонусы сейчас недоступны — заказ можно оформить как обычно.",
    join: (points: string) => `Вступите в программу и получите ${points} за этот заказ.`,
    joinLink: "Вступить",
    myCard: "Моя карта и история",
    memberDiscount: "Скидка участника",
    freeShipping: "Бесплатная доставка",
    available: "Доступно",
    pending: "Ожидают начисления",
    expiring: (date: string) => `Сгорят ${date}`,
    earn: (points: string) => `За этот заказ начислим ${points}`,
    spend: "Оплатить баллами",
    spendInput: "Баллов к списанию",
    total: "Итого к оплате",
    progressSpend: (money: string, tier: string) => `До уровня ${tier} осталось купить на ${money}`,
    progressOrders: (orders: string, tier: string) => `До уровня ${tier} — ещё ${orders}`,
  },
  en: {
    region: "Loyalty program",
    loading: "Loading your points…",
    unavailable: "Points are unavailable right now — you can check out as usual.",
    join: (points: string) => `Join and get ${points} for this order.`,
    joinLink: "Join",
    myCard: "My card and history",
    memberDiscount: "Member discount",
    freeShipping: "Free shipping",
    available: "Available",
    pending: "Pending",
    expiring: (date: string) => `Expiring ${date}`,
    earn: (points: string) => `This order earns ${points}`,
    spend: "Pay with points",
    spendInput: "Points to spend",
    total: "Total to pay",
    progressSpend: (money: string, tier: string) => `Spend ${money} more to reach ${tier}`,
    progressOrders: (orders: string, tier: string) => `${tier} is ${orders} away`,
  },
} satisfies Record<Locale, unknown>;

export type Messages = (typeof MESSAGES)[Locale];
