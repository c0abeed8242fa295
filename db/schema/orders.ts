import { sql } from "drizzle-orm";
import {
  bigint,
  check,
  foreignKey,
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, merchantId, updatedAt } from "./columns";
import { members } from "./members";

export const orderStatuses = ["reserved", "placed", "paid", "cancelled", "refunded"] as const;
export type OrderStatus = (typeof orderStatuses)[number];

const money = () => bigint({ mode: "number" }).notNull().default(0);

// An order keeps its lines, the program versions it was priced with and the quote snapshot,
// so refunds replay the rules of that day, never today's.
export const orders = pgTable(
  "orders",
  {
    merchantId: merchantId(),
    id: uuid().notNull().defaultRandom(),
    memberId: uuid().notNull(),
    externalId: text(),
    cartId: text(),
    status: text({ enum: orderStatuses }).notNull(),
    lines: jsonb().notNull(),
    quote: jsonb().notNull(),
    quotedAt: timestamp({ withTimezone: true }).notNull(),
    /** The engine's OrderSnapshot once paid: lines with refund progress, earned and spent lots. */
    snapshot: jsonb(),
    programVersionIds: uuid().array().notNull(),
    subtotal: money(),
    discount: money(),
    redeemedPoints: money(),
    earnedPoints: money(),
    cashback: money(),
    total: money(),
    refundedAmount: money(),
    placedAt: timestamp({ withTimezone: true }),
    paidAt: timestamp({ withTimezone: true }),
    closedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ name: "orders_merchant_id_id_pk", columns: [t.merchantId, t.id] }),
    foreignKey({
      name: "orders_member_fk",
      columns: [t.merchantId, t.memberId],
      foreignColumns: [members.merchantId, members.id],
    }),
    uniqueIndex("orders_merchant_id_external_id_idx").on(t.merchantId, t.externalId),
    check(
      "orders_status_check",
      sql`status in ('reserved', 'placed', 'paid', 'cancelled', 'refunded')`,
    ),
    uniqueIndex("orders_merchant_id_cart_id_idx")
      .on(t.merchantId, t.cartId)
      .where(sql`status = 'reserved'`),
    index("orders_merchant_id_member_id_paid_at_idx").on(t.merchantId, t.memberId, t.paidAt),
    // The simulator walks a store's paid orders in paid-at order, a page at a time.
    index("orders_merchant_id_paid_at_id_idx")
      .on(t.merchantId, t.paidAt, t.id)
      .where(sql`status = 'paid'`),
  ],
);

// One row per refund call; the cumulative totals decide the next refund (never over-refund).
export const orderRefunds = pgTable(
  "order_refunds",
  {
    merchantId: merchantId(),
    id: uuid().notNull().defaultRandom(),
    orderId: uuid().notNull(),
    lines: jsonb().notNull(),
    amount: money(),
    earnedReversed: money(),
    spentReturned: money(),
    cashbackReversed: money(),
    debtRecorded: money(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ name: "order_refunds_merchant_id_id_pk", columns: [t.merchantId, t.id] }),
    foreignKey({
      name: "order_refunds_order_fk",
      columns: [t.merchantId, t.orderId],
      foreignColumns: [orders.merchantId, orders.id],
    }),
    index("order_refunds_merchant_id_order_id_idx").on(t.merchantId, t.orderId),
  ],
);
