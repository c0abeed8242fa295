import { z } from "zod";
import { Bp, Days, EarnBase, Money, MultiplierBp, Points, ProductFilter, Rounding } from "./common";

const Clock = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, { error: "Time is HH:MM, 00:00 to 24:00" });
const LocalDate = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { error: "Date is YYYY-MM-DD" });

/** Special days or hours (in the store's timezone) that add a discount or boost earning. */
export const TimeWindow = z
  .object({
    id: z.string().min(1, { error: "A window needs an id" }),
    weekdays: z
      .array(z.number().int().min(1).max(7, { error: "Weekdays are 1 (Monday) to 7 (Sunday)" }))
      .min(1, { error: "Pick at least one weekday" })
      .default([1, 2, 3, 4, 5, 6, 7]),
    hours: z
      .object({ from: Clock, to: Clock })
      .refine((h) => h.from !== h.to, { error: "Hours need different start and end" })
      .nullable()
      .default(null),
    dates: z
      .object({ from: LocalDate, to: LocalDate })
      .refine((d) => d.from <= d.to, { error: "The date range ends before it starts" })
      .nullable()
      .default(null),
    /** Empty means every category. */
    categories: z.array(z.string().min(1)).default([]),
    discountBp: Bp.default(0),
    earnMultiplierBp: MultiplierBp.default(10_000),
  })
  .refine((w) => w.discountBp > 0 || w.earnMultiplierBp !== 10_000, {
    error: "A window must add a discount or change the earn multiplier",
  });
export type TimeWindow = z.infer<typeof TimeWindow>;

export const Birthday = z.object({
  windowDays: Days(31).default(7),
  earnMultiplierBp: MultiplierBp.default(10_000),
  discountBp: Bp.default(0),
  /** Points can be spent only inside the birthday window. */
  spendOnlyInWindow: z.boolean().default(false),
});
export type Birthday = z.infer<typeof Birthday>;

export const Actions = z.object({
  signUp: Points.default(0),
  birthday: Points.default(0),
  profileCompleted: Points.default(0),
  review: Points.default(0),
});
export type Actions = z.infer<typeof Actions>;
export type ActionKind = keyof Actions;

/** Cashback: currency returned to a second wallet beside points. */
export const CashbackSection = z.object({
  percentBp: Bp,
  rounding: Rounding.default("down"),
  earnBase: EarnBase.default("afterDiscountsAndPoints"),
  ...ProductFilter,
  minOrderAmount: Money.default(0),
  activationDelayDays: Days(365).default(0),
  /** Largest share of an order the cashback wallet may pay. */
  maxShareBp: Bp.default(10_000),
});
export type CashbackSection = z.infer<typeof CashbackSection>;

export const ReferralSection = z.object({
  /** Points the friend gets when they join with a code. */
  friendBonus: Points.default(0),
  /** Percent off the friend's first order (an alternative or an addition to friendBonus). */
  friendDiscountBp: Bp.default(0),
  /** Points the referrer gets once the friend's first paid order is past the refund window. */
  referrerBonus: Points.default(0),
  monthlyCap: z.number().int().min(0).default(10),
  minFirstOrderAmount: Money.default(0),
  refundWindowDays: Days(365).default(14),
  /** The store's page a shared link opens; the code travels as `?ref=CODE`. */
  landingUrl: z
    .url({ protocol: /^https?$/, error: "The landing page is an http(s) address" })
    .nullable()
    .default(null),
  /** More sign-ups than this from one IP or device within burstWindowHours are blocked. */
  burstLimit: z.number().int().min(1).max(10_000).default(3),
  burstWindowHours: z.number().int().min(1).max(720).default(24),
});
export type ReferralSection = z.infer<typeof ReferralSection>;

export const ClubSection = z.object({
  discountBp: Bp,
  termDays: Days(3660).min(1).nullable().default(365),
  joinBy: z.enum(["invitation", "purchase", "fee"]).default("invitation"),
  fee: Money.default(0),
  /** joinBy purchase: a paid order with any of these SKUs starts or renews membership. */
  productSkus: z.array(z.string().trim().min(1).max(200)).max(100).default([]),
  /** Members-only offers in the store's words, shown to active members. */
  offers: z.array(z.string().trim().min(1).max(300)).max(20).default([]),
});
export type ClubSection = z.infer<typeof ClubSection>;

/** How several active program versions combine; read from the first version. */
export const Stacking = z.object({
  discounts: z.enum(["best", "sum"], { error: "Discounts stack as best or sum" }).default("best"),
  earn: z
    .enum(["all", "primaryOnly"], { error: "Earn stacks as all or primaryOnly" })
    .default("all"),
});
export type Stacking = z.infer<typeof Stacking>;
