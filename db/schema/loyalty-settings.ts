import { integer, pgTable, text } from "drizzle-orm/pg-core";
import { merchantId, updatedAt } from "./columns";
import { merchants } from "./merchants";

export const debtPolicies = ["debt", "clawbackAvailable"] as const;

// Store-wide ledger rules; a store without a row uses the defaults below.
export const loyaltySettings = pgTable("loyalty_settings", {
  merchantId: merchantId()
    .primaryKey()
    .references(() => merchants.id, { onDelete: "cascade" }),
  debtPolicy: text({ enum: debtPolicies }).notNull().default("debt"),
  holdTtlMinutes: integer().notNull().default(30),
  placedHoldDays: integer().notNull().default(14),
  updatedAt: updatedAt(),
});
