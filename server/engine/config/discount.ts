import { z } from "zod";
import { Bp, Money, Period, ProductFilter, Rounding } from "./common";

const Bracket = z.object({ min: Money, percentBp: Bp });

const isAscending = (brackets: { min: number }[]) =>
  brackets.every((b, i) => i === 0 || b.min > (brackets[i - 1]?.min ?? -1));
const ascendingMessage = { error: "Brackets must be listed by strictly increasing minimum" };

export const DiscountRule = z.discriminatedUnion(
  "kind",
  [
    z.object({ kind: z.literal("fixed"), percentBp: Bp }),
    z.object({
      kind: z.literal("orderAmount"),
      brackets: z
        .array(Bracket)
        .min(1, { error: "Add at least one bracket" })
        .refine(isAscending, ascendingMessage),
    }),
    z.object({
      kind: z.literal("cumulative"),
      period: Period.default({ kind: "lifetime" }),
      brackets: z
        .array(Bracket)
        .min(1, { error: "Add at least one bracket" })
        .refine(isAscending, ascendingMessage),
    }),
  ],
  { error: "Discount rule is fixed, orderAmount or cumulative" },
);
export type DiscountRule = z.infer<typeof DiscountRule>;

/** Member discount: a fixed percent, or a percent by order amount or by cumulative spend. */
export const DiscountSection = z.object({
  rule: DiscountRule,
  ...ProductFilter,
  rounding: Rounding.default("down"),
});
export type DiscountSection = z.infer<typeof DiscountSection>;
