import { z } from "zod";
import { orderStatuses } from "@/db/schema/orders";
import { Money, Points, Reason, Timestamp } from "./common";

export const spendLimitRules = [
  "balance",
  "maxShare",
  "minBalance",
  "excludedCategories",
  "discountedItems",
  "birthdayOnly",
  "blocked",
  "guest",
  "noRedemption",
  "orderTotal",
] as const;

/** The engine's quote for a store backend: every figure plus the reasons behind it. */
export const QuoteOutput = z.object({
  currency: z.string(),
  totals: z.object({
    subtotal: Money,
    lineDiscount: Money,
    orderDiscount: Money,
    discount: Money,
    pointsValue: Money,
    cashbackSpent: Money,
    total: Money,
  }),
  lines: z.array(
    z.object({
      sku: z.string(),
      quantity: z.number().int(),
      gross: Money,
      discount: Money,
      orderDiscount: Money,
      pointsSpent: Points,
      pointsValue: Money,
      cashbackSpent: Money,
      paid: Money,
      pointsEarned: Points,
      cashbackEarned: Money,
    }),
  ),
  spend: z.object({
    maxPoints: Points,
    limit: z.enum(spendLimitRules),
    requested: Points,
    applied: Points,
    value: Money,
    pointsTotal: Points.meta({
      description: "Points leaving the balance: reward price + applied.",
    }),
    reward: z
      .object({ id: z.string(), points: Points, percentBp: z.number().int(), amount: Money })
      .nullable(),
  }),
  earn: z.object({ points: Points }),
  cashback: z.object({ maxSpend: Money, applied: Money, earned: Money }),
  tier: z
    .object({
      tierId: z.string(),
      name: z.string(),
      nextTierId: z.string().nullable(),
      remaining: z.number().int(),
      remainingAfterOrder: z.number().int(),
    })
    .nullable(),
  perks: z.object({ freeShipping: z.boolean(), items: z.array(z.string()) }),
  reasons: z.array(Reason),
});
export type QuoteOutput = z.infer<typeof QuoteOutput>;

export const OrderOutput = z.object({
  id: z.uuid().meta({ description: "Kopilka's id of the order." }),
  externalId: z.string().nullable(),
  cartId: z.string().nullable(),
  status: z.enum(orderStatuses),
  subtotal: Money,
  discount: Money,
  redeemedPoints: Points,
  earnedPoints: Points,
  cashback: Money,
  total: Money,
  refundedAmount: Money,
  programVersionIds: z.array(z.uuid()),
});
export type OrderOutput = z.infer<typeof OrderOutput>;

export const ReserveOutput = OrderOutput.extend({
  heldPoints: Points,
  holdExpiresAt: Timestamp.nullable(),
  quote: QuoteOutput,
});

export const RefundOutput = OrderOutput.extend({
  refund: z.object({
    refundId: z.uuid().nullable(),
    isNoop: z.boolean(),
    cash: Money,
    pointsReversed: Points,
    pointsReturned: Points,
    cashbackReversed: Money,
    debtRecorded: Points,
    writtenOff: Points,
  }),
});
