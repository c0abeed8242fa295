import { sql } from "drizzle-orm";
import {
  bigint,
  check,
  index,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, merchantId, updatedAt } from "./columns";
import { merchants } from "./merchants";

// Orders of buyers outside the program, reported by the store so the dashboard can compare
// members with non-members. customer_ref is the store's customer id or an email hash.
export const guestOrders = pgTable(
  "guest_orders",
  {
    merchantId: merchantId().references(() => merchants.id, { onDelete: "cascade" }),
    id: uuid().notNull().defaultRandom(),
    externalId: text().notNull(),
    customerRef: text().notNull(),
    amount: bigint({ mode: "number" }).notNull(),
    refundedAmount: bigint({ mode: "number" }).notNull().default(0),
    paidAt: timestamp({ withTimezone: true }).notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ name: "guest_orders_merchant_id_id_pk", columns: [t.merchantId, t.id] }),
    uniqueIndex("guest_orders_merchant_id_external_id_idx").on(t.merchantId, t.externalId),
    index("guest_orders_merchant_id_customer_ref_idx").on(t.merchantId, t.customerRef),
    index("guest_orders_merchant_id_updated_at_idx").on(t.merchantId, t.updatedAt),
    check(
      "guest_orders_amount_check",
      sql`amount >= 0 and refunded_amount >= 0 and refunded_amount <= amount`,
    ),
  ],
);
