import { ProgramConfig, type ProgramConfigInput, type ProgramType } from "@/server/engine";

export const templateIds = [
  "discountCard",
  "cumulativeDiscount",
  "bonusPoints",
  "vipTiers",
  "combined",
  "cashback",
  "referral",
  "club",
] as const;
export type TemplateId = (typeof templateIds)[number];

type Words = { member: string };
const words: Record<"ru" | "en", Words> = {
  ru: { member: "Участник" },
  en: { member: "Member" },
};

function buildTemplate(id: TemplateId, w: Words): ProgramConfigInput {
  switch (id) {
    case "discountCard":
      return { type: "discount", discount: { rule: { kind: "fixed", percentBp: 500 } } };
    case "cumulativeDiscount":
      return {
        type: "discount",
        discount: {
          rule: {
            kind: "cumulative",
            period: { kind: "lifetime" },
            brackets: [
              { min: 0, percentBp: 300 },
              { min: 1_500_000, percentBp: 500 },
              { min: 5_000_000, percentBp: 1000 },
            ],
          },
          excludeOnSale: true,
        },
      };
    case "bonusPoints":
      return {
        type: "bonus",
        bonus: {
          earn: { kind: "percent", percentBp: 500 },
          excludeOnSale: true,
          activationDelayDays: 14,
          expiryDays: 365,
          redemption: { payment: { maxShareBp: 3000 } },
        },
        actions: { signUp: 100 },
      };
    case "vipTiers":
      // The brief: 1 point per 100 RUB, 100 points = 10% off, over 10,000 RUB a month -> VIP.
      return {
        type: "tiers",
        tiers: {
          metric: "spend",
          period: { kind: "calendarMonth" },
          levels: [
            { id: "member", name: w.member, threshold: 0 },
            {
              id: "vip",
              name: "VIP",
              threshold: 1_000_001,
              freeShipping: true,
            },
          ],
          graceDays: 30,
        },
        bonus: {
          earn: { kind: "perAmount", points: 1, perAmount: 10_000 },
          redemption: {
            payment: null,
            rewards: [{ id: "ten-off", points: 100, percentBp: 1000 }],
          },
        },
      };
    case "combined":
      return {
        type: "combined",
        primary: "bonus",
        stackOnSameLine: true,
        discount: { rule: { kind: "fixed", percentBp: 300 } },
        bonus: { earn: { kind: "percent", percentBp: 500 }, activationDelayDays: 14 },
        windows: [{ id: "weekend", weekdays: [6, 7], earnMultiplierBp: 20_000 }],
        birthday: { windowDays: 7, earnMultiplierBp: 20_000, spendOnlyInWindow: false },
      };
    case "cashback":
      return {
        type: "cashback",
        cashback: { percentBp: 300, activationDelayDays: 14, maxShareBp: 5000 },
      };
    case "referral":
      return {
        type: "referral",
        referral: { friendBonus: 300, referrerBonus: 500, monthlyCap: 10, refundWindowDays: 14 },
      };
    case "club":
      return { type: "club", club: { discountBp: 1000, joinBy: "fee", fee: 99_000 } };
  }
}

/** A ready-made program, parsed so every field the form shows has its value. */
export function makeTemplate(id: TemplateId, locale: "ru" | "en"): ProgramConfig {
  return ProgramConfig.parse(buildTemplate(id, words[locale]));
}

const blanks: Record<ProgramType, ProgramConfigInput> = {
  discount: { type: "discount", discount: { rule: { kind: "fixed", percentBp: 0 } } },
  bonus: { type: "bonus" },
  tiers: { type: "tiers", tiers: { levels: [{ id: "base", name: "Base", threshold: 0 }] } },
  combined: { type: "combined", discount: { rule: { kind: "fixed", percentBp: 0 } } },
  cashback: { type: "cashback", cashback: { percentBp: 0 } },
  referral: { type: "referral" },
  club: { type: "club", club: { discountBp: 0 } },
};

/** "From scratch": the schema's own defaults for a type. */
export function makeBlank(type: ProgramType, locale: "ru" | "en"): ProgramConfig {
  const blank = blanks[type];
  if (blank.type === "tiers") {
    const levels = [{ id: "base", name: words[locale].member, threshold: 0 }];
    return ProgramConfig.parse({ ...blank, tiers: { levels } });
  }
  return ProgramConfig.parse(blank);
}

export const programTypes: readonly ProgramType[] = [
  "discount",
  "bonus",
  "tiers",
  "combined",
  "cashback",
  "referral",
  "club",
];
