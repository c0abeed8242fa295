import { z } from "zod";

/** Largest amount of money one cart may hold, in minor units; keeps all sums exact. */
export const MAX_MONEY = 1e13;

/** Validate carts with this at the API boundary; quote() itself never parses. */
export const CartLine = z.object({
  sku: z.string().min(1, { error: "A line needs a SKU" }),
  category: z.string().default(""),
  unitPrice: z
    .number()
    .int({ error: "Prices are whole minor units" })
    .min(0, { error: "A price cannot be negative" })
    .max(MAX_MONEY),
  quantity: z
    .number()
    .int({ error: "Quantities are whole numbers" })
    .min(1, { error: "Quantity is at least 1" })
    .max(1_000_000),
  isOnSale: z.boolean().optional(),
});
export type CartLine = z.infer<typeof CartLine>;

export const Cart = z
  .object({
    currency: z.string().length(3, { error: "Currency is an ISO 4217 code" }),
    lines: z.array(CartLine).max(1000, { error: "At most 1000 lines" }),
  })
  .refine((cart) => cart.lines.reduce((sum, l) => sum + l.unitPrice * l.quantity, 0) <= MAX_MONEY, {
    error: "The cart total is too large",
  });
export type Cart = z.infer<typeof Cart>;
