import type { ProgramConfigInput } from "@/server/engine";

/**
 * The brief's example: 1 point per 100 RUB, 100 points = 10% off the next purchase, and more
 * than 10,000 RUB spent in a calendar month makes a buyer VIP with free delivery. Points can also
 * pay up to 30% of an order.
 */
export const vipProgram: ProgramConfigInput = {
  type: "tiers",
  tiers: {
    metric: "spend",
    period: { kind: "calendarMonth" },
    levels: [
      { id: "member", name: "Участник", threshold: 0 },
      {
        id: "vip",
        name: "VIP",
        threshold: 1_000_001,
        freeShipping: true,
        perks: ["Бесплатная доставка"],
      },
    ],
    graceDays: 30,
  },
  bonus: {
    earn: { kind: "perAmount", points: 1, perAmount: 10_000 },
    activationDelayDays: 14,
    expiryDays: 365,
    // Paying with points gives the demo buyer the widget's slider to try on /demo.
    redemption: {
      payment: { maxShareBp: 3000 },
      rewards: [{ id: "ten-off", points: 100, percentBp: 1000 }],
    },
  },
  actions: { signUp: 50, profileCompleted: 30, birthday: 100, review: 20 },
};

export const tenOff = "ten-off";
