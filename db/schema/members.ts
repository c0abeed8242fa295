import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  date,
  foreignKey,
  index,
  integer,
  pgSequence,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, merchantId, updatedAt } from "./columns";
import { merchants } from "./merchants";

// Card numbers come from one sequence: unique without retries, 12 digits for years of growth.
export const memberCardNumbers = pgSequence("member_card_numbers", {
  startWith: 100_000_000_001,
  minValue: 100_000_000_001,
  maxValue: 999_999_999_999,
});

// A buyer of one store; the store knows them by external_id. Lifetime stats live here,
// windowed ones (this month, last 90 days) in member_daily_stats.
export const members = pgTable(
  "members",
  {
    merchantId: merchantId().references(() => merchants.id, { onDelete: "cascade" }),
    id: uuid().notNull().defaultRandom(),
    externalId: text().notNull(),
    name: text(),
    email: text(),
    phone: text(),
    birthday: date({ mode: "string" }),
    tier: text(),
    tierBelowSince: timestamp({ withTimezone: true }),
    isBlocked: boolean().notNull().default(false),
    /** Marketing consent per channel, with when and how it was given or withdrawn. */
    emailConsent: boolean().notNull().default(false),
    emailConsentAt: timestamp({ withTimezone: true }),
    emailConsentSource: text(),
    smsConsent: boolean().notNull().default(false),
    smsConsentAt: timestamp({ withTimezone: true }),
    smsConsentSource: text(),
    /** What the loyalty card shows; found by number through member_cards. */
    cardNumber: text().notNull().default(sql`nextval('member_card_numbers')::text`),
    joinedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    ordersCount: integer().notNull().default(0),
    totalSpent: bigint({ mode: "number" }).notNull().default(0),
    firstOrderAt: timestamp({ withTimezone: true }),
    lastOrderAt: timestamp({ withTimezone: true }),
    /** Member-page links carry the generation they were signed for; revoking them bumps it. */
    pageLinkGeneration: integer().notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ name: "members_merchant_id_id_pk", columns: [t.merchantId, t.id] }),
    uniqueIndex("members_merchant_id_external_id_idx").on(t.merchantId, t.externalId),
    index("members_merchant_id_joined_at_idx").on(t.merchantId, t.joinedAt),
  ],
);

// Spend and order count per member per local day (store timezone), net of refunds: a month or a
// rolling window is a sum of at most a few hundred small rows, however many orders a member has.
export const memberDailyStats = pgTable(
  "member_daily_stats",
  {
    merchantId: merchantId(),
    memberId: uuid().notNull(),
    day: date({ mode: "string" }).notNull(),
    spend: bigint({ mode: "number" }).notNull().default(0),
    orders: integer().notNull().default(0),
  },
  (t) => [
    primaryKey({
      name: "member_daily_stats_merchant_id_member_id_day_pk",
      columns: [t.merchantId, t.memberId, t.day],
    }),
    foreignKey({
      name: "member_daily_stats_member_fk",
      columns: [t.merchantId, t.memberId],
      foreignColumns: [members.merchantId, members.id],
    }).onDelete("cascade"),
  ],
);
