import { z } from "zod";

export const Bp = z
  .number({ error: "Enter a percent in basis points (1% = 100)" })
  .int({ error: "Basis points are whole numbers (1% = 100)" })
  .min(0, { error: "A percent cannot be negative" })
  .max(10_000, { error: "A percent cannot exceed 100% (10000 bp)" });

/** A multiplier in basis points: 10000 = x1, 20000 = x2. */
export const MultiplierBp = z
  .number()
  .int({ error: "Multipliers are whole basis points (x1.5 = 15000)" })
  .min(0, { error: "A multiplier cannot be negative" })
  .max(100_000, { error: "A multiplier cannot exceed x10 (100000)" });

/** Money in minor units (kopecks, cents). */
export const Money = z
  .number({ error: "Enter an amount in minor units (kopecks, cents)" })
  .int({ error: "Amounts are whole minor units (kopecks, cents)" })
  .min(0, { error: "An amount cannot be negative" })
  .max(1e13, { error: "The amount is too large" });

export const Points = z
  .number()
  .int({ error: "Points are whole numbers" })
  .min(0, { error: "Points cannot be negative" })
  .max(1e12, { error: "Too many points" });

export const Days = (max: number) =>
  z
    .number()
    .int({ error: "Days are whole numbers" })
    .min(0, { error: "Days cannot be negative" })
    .max(max, { error: `At most ${max} days` });

export const Rounding = z.enum(["down", "up", "halfUp", "halfEven"], {
  error: "Rounding is one of: down, up, halfUp, halfEven",
});

/** The span over which spend or orders are counted. */
export const Period = z.discriminatedUnion(
  "kind",
  [
    z.object({ kind: z.literal("lifetime") }),
    z.object({
      kind: z.literal("rollingDays"),
      days: Days(3660).min(1, { error: "A rolling window is at least 1 day" }),
    }),
    z.object({ kind: z.literal("calendarMonth") }),
  ],
  { error: "Period is lifetime, rollingDays or calendarMonth" },
);
export type Period = z.infer<typeof Period>;

const Names = z.array(z.string().min(1, { error: "Names cannot be empty" })).default([]);

/** Which lines a rule skips. */
export const ProductFilter = {
  excludedCategories: Names,
  excludedSkus: Names,
  excludeOnSale: z.boolean().default(false),
};

export const EarnBase = z.enum(["afterDiscountsAndPoints", "afterDiscounts", "beforeDiscounts"], {
  error: "Earn base is afterDiscountsAndPoints, afterDiscounts or beforeDiscounts",
});

export type EarnBase = z.infer<typeof EarnBase>;

export const EarnRate = z.discriminatedUnion(
  "kind",
  [
    z.object({ kind: z.literal("percent"), percentBp: Bp }),
    z.object({
      kind: z.literal("perAmount"),
      points: Points.min(1, { error: "Earn at least 1 point" }),
      perAmount: Money.min(1, { error: "The amount per points must be positive" }).max(1e9, {
        error: "The amount per points is at most 1e9 minor units",
      }),
    }),
  ],
  { error: "Earn rate is percent or perAmount" },
);
export type EarnRate = z.infer<typeof EarnRate>;
