import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { merchantId } from "./columns";
import { merchants } from "./merchants";

const sum = () => bigint({ mode: "number" }).notNull().default(0);

// Rollups for the dashboard, rebuilt by the analytics job (server/jobs/refresh-analytics.ts).
// Days and months are the store's local ones (merchants.timezone).

/** Paid orders per store-local day, members and guests apart; net of refunds. */
export const analyticsOrderDays = pgTable(
  "analytics_order_days",
  {
    merchantId: merchantId(),
    day: date({ mode: "string" }).notNull(),
    isMember: boolean().notNull(),
    orders: integer().notNull().default(0),
    revenue: sum(),
    discount: sum(),
    pointsValue: sum(),
  },
  (t) => [
    primaryKey({
      name: "analytics_order_days_pk",
      columns: [t.merchantId, t.day, t.isMember],
    }),
  ],
);

/** Ledger movements per store-local day, by kind (points wallet and cashback together). */
export const analyticsPointDays = pgTable(
  "analytics_point_days",
  {
    merchantId: merchantId(),
    day: date({ mode: "string" }).notNull(),
    earned: sum(),
    spent: sum(),
    expired: sum(),
    reversed: sum(),
  },
  (t) => [primaryKey({ name: "analytics_point_days_pk", columns: [t.merchantId, t.day] })],
);

/**
 * One row per buyer (member or guest customer): its cohort months and the months it bought in,
 * as month numbers (year * 12 + month - 1), so "active in a range" is one array overlap.
 */
export const analyticsCustomers = pgTable(
  "analytics_customers",
  {
    merchantId: merchantId(),
    isMember: boolean().notNull(),
    customerKey: text().notNull(),
    memberId: uuid(),
    joinedMonth: integer().notNull(),
    firstOrderMonth: integer(),
    firstOrderAt: timestamp({ withTimezone: true }),
    secondOrderAt: timestamp({ withTimezone: true }),
    activeMonths: integer().array().notNull(),
    /** The same months as bits (bit k = month mask_base_month + k, 62 months): a cheap range test. */
    activeMask: bigint({ mode: "number" }).notNull().default(0),
    /** The member's tier when the rollup was built. */
    tier: text(),
    /** Months (bits as in active_mask) with a tier movement up, and down (tier_changes). */
    upMask: bigint({ mode: "number" }).notNull().default(0),
    downMask: bigint({ mode: "number" }).notNull().default(0),
    /** Programs whose versions priced at least one of the member's paid orders. */
    programIds: uuid().array().notNull().default(sql`'{}'::uuid[]`),
  },
  (t) => [
    primaryKey({
      name: "analytics_customers_pk",
      columns: [t.merchantId, t.isMember, t.customerKey],
    }),
    index("analytics_customers_merchant_id_member_id_idx").on(t.merchantId, t.memberId),
    index("analytics_customers_merchant_id_joined_month_idx").on(t.merchantId, t.joinedMonth),
    index("analytics_customers_merchant_id_first_order_month_idx").on(
      t.merchantId,
      t.firstOrderMonth,
    ),
  ],
);

/** analytics_order_days for members' orders priced with one program (an order may count under several). */
export const analyticsProgramOrderDays = pgTable(
  "analytics_program_order_days",
  {
    merchantId: merchantId(),
    programId: uuid().notNull(),
    day: date({ mode: "string" }).notNull(),
    orders: integer().notNull().default(0),
    revenue: sum(),
    discount: sum(),
    pointsValue: sum(),
  },
  (t) => [
    primaryKey({
      name: "analytics_program_order_days_pk",
      columns: [t.merchantId, t.programId, t.day],
    }),
  ],
);

/** analytics_point_days for the ledger entries of one program's versions. */
export const analyticsProgramPointDays = pgTable(
  "analytics_program_point_days",
  {
    merchantId: merchantId(),
    programId: uuid().notNull(),
    day: date({ mode: "string" }).notNull(),
    earned: sum(),
    spent: sum(),
    expired: sum(),
    reversed: sum(),
  },
  (t) => [
    primaryKey({
      name: "analytics_program_point_days_pk",
      columns: [t.merchantId, t.programId, t.day],
    }),
  ],
);

/** Points left in lots, by the store-local month they expire in (from the rebuild on). */
export const analyticsExpiryMonths = pgTable(
  "analytics_expiry_months",
  {
    merchantId: merchantId(),
    month: integer().notNull(),
    points: sum(),
  },
  (t) => [primaryKey({ name: "analytics_expiry_months_pk", columns: [t.merchantId, t.month] })],
);

/** How far each store's rollups have read: the dashboard shows refreshed_at as "data as of". */
export const analyticsState = pgTable("analytics_state", {
  merchantId: merchantId()
    .primaryKey()
    .references(() => merchants.id, { onDelete: "cascade" }),
  ordersSeenAt: timestamp({ withTimezone: true }),
  guestOrdersSeenAt: timestamp({ withTimezone: true }),
  ledgerSeenId: bigint({ mode: "number" }).notNull().default(0),
  /** Month number of bit 0 of analytics_customers.active_mask. */
  maskBaseMonth: integer().notNull().default(0),
  refreshedAt: timestamp({ withTimezone: true }).notNull(),
});
