import { z } from "zod";
import { Bp, Days, EarnRate, Period } from "./common";

export const TierLevel = z.object({
  id: z.string().min(1, { error: "A level needs an id" }),
  name: z.string().min(1, { error: "A level needs a name" }),
  /** Spend in minor units or an order count, reached at or above. */
  threshold: z.number().int({ error: "Thresholds are whole numbers" }).min(0),
  discountBp: Bp.nullable().default(null),
  earn: EarnRate.nullable().default(null),
  freeShipping: z.boolean().default(false),
  perks: z.array(z.string().min(1)).default([]),
});
export type TierLevel = z.infer<typeof TierLevel>;

export const TiersSection = z
  .object({
    metric: z
      .enum(["spend", "orders"], { error: "Tiers qualify by spend or orders" })
      .default("spend"),
    period: Period.default({ kind: "calendarMonth" }),
    levels: z.array(TierLevel).min(1, { error: "Add at least one level" }),
    graceDays: Days(365).default(30),
  })
  .superRefine((tiers, ctx) => {
    if (tiers.levels[0] && tiers.levels[0].threshold !== 0) {
      ctx.addIssue({
        code: "custom",
        path: ["levels", 0, "threshold"],
        message: "The first level starts at 0",
      });
    }
    tiers.levels.forEach((level, i) => {
      const previous = tiers.levels[i - 1];
      if (previous && level.threshold <= previous.threshold) {
        ctx.addIssue({
          code: "custom",
          path: ["levels", i, "threshold"],
          message: "Levels must be ordered by strictly increasing threshold",
        });
      }
    });
    if (new Set(tiers.levels.map((l) => l.id)).size !== tiers.levels.length) {
      ctx.addIssue({ code: "custom", path: ["levels"], message: "Level ids must be unique" });
    }
  });
export type TiersSection = z.infer<typeof TiersSection>;
