import { z } from "zod";
import {
  Bp,
  Days,
  EarnBase,
  EarnRate,
  Money,
  MultiplierBp,
  Points,
  ProductFilter,
  Rounding,
} from "./common";

const Name = z.string().min(1, { error: "Names cannot be empty" });

/** Spend N points for P% off the order ("100 points = 10% off"). */
export const Reward = z.object({
  id: Name,
  points: Points.min(1, { error: "A reward costs at least 1 point" }),
  percentBp: Bp.min(1, { error: "A reward gives at least 0.01% off" }),
  maxDiscount: Money.nullable().default(null),
});
export type Reward = z.infer<typeof Reward>;

const Payment = z.object({
  maxShareBp: Bp.default(3000),
  categoryShares: z.array(z.object({ category: Name, maxShareBp: Bp })).default([]),
});

const Redemption = z.object({
  minBalance: Points.default(0),
  /** Paying part of an order with points; null turns it off. */
  payment: Payment.nullable().prefault({}),
  rewards: z
    .array(Reward)
    .default([])
    .refine((rs) => new Set(rs.map((r) => r.id)).size === rs.length, {
      error: "Reward ids must be unique",
    }),
  excludedCategories: z.array(Name).default([]),
  payDiscountedItems: z.boolean().default(true),
});

export const BonusSection = z.object({
  earn: EarnRate.default({ kind: "percent", percentBp: 500 }),
  rounding: Rounding.default("down"),
  earnBase: EarnBase.default("afterDiscountsAndPoints"),
  ...ProductFilter,
  categoryMultipliers: z
    .array(z.object({ category: Name, multiplierBp: MultiplierBp }))
    .default([]),
  minOrderAmount: Money.default(0),
  activationDelayDays: Days(365).default(0),
  expiryDays: Days(3650).min(1, { error: "Points live at least 1 day" }).nullable().default(null),
  /** Money value of one point in minor units: 100 = 1 RUB. */
  pointValue: Money.min(1, { error: "A point is worth at least 1 minor unit" })
    .max(1_000_000, { error: "A point is worth at most 1,000,000 minor units" })
    .default(100),
  redemption: Redemption.prefault({}),
});
export type BonusSection = z.infer<typeof BonusSection>;
