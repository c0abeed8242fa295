import { sql } from "drizzle-orm";
import {
  bigint,
  check,
  foreignKey,
  index,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, merchantId, updatedAt } from "./columns";
import { members } from "./members";

// A member's share code, made the first time anyone asks for it; unique within the store.
export const referralCodes = pgTable(
  "referral_codes",
  {
    merchantId: merchantId(),
    memberId: uuid().notNull(),
    code: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({
      name: "referral_codes_merchant_id_member_id_pk",
      columns: [t.merchantId, t.memberId],
    }),
    uniqueIndex("referral_codes_merchant_id_code_idx").on(t.merchantId, t.code),
    foreignKey({
      name: "referral_codes_member_fk",
      columns: [t.merchantId, t.memberId],
      foreignColumns: [members.merchantId, members.id],
    }).onDelete("cascade"),
  ],
);

export const referralStatuses = ["waiting", "rewarded", "cancelled", "blocked"] as const;
export type ReferralStatus = (typeof referralStatuses)[number];

export const referralBlockReasons = [
  "sameCustomer",
  "sameEmail",
  "sameNormalizedEmail",
  "samePhone",
  "ipBurst",
  "deviceBurst",
  "notFirstOrder",
  "firstOrderTooSmall",
  "referrerPlacedOrder",
  "monthlyCap",
] as const;
export type ReferralBlockReason = (typeof referralBlockReasons)[number];
// The engine's BlockReason (server/engine/referral.ts) names the same list; a test keeps them equal.

// One row per friend who joined with a code: a friend is referred once. The rewards are fixed
// from the program version in force at sign-up, so a later edit never changes a promise made.
export const referrals = pgTable(
  "referrals",
  {
    merchantId: merchantId(),
    id: uuid().notNull().defaultRandom(),
    referrerMemberId: uuid().notNull(),
    friendMemberId: uuid().notNull(),
    code: text().notNull(),
    programVersionId: uuid().notNull(),
    status: text({ enum: referralStatuses }).notNull(),
    blockReason: text({ enum: referralBlockReasons }),
    ip: text(),
    deviceId: text(),
    friendPoints: bigint({ mode: "number" }).notNull().default(0),
    referrerPoints: bigint({ mode: "number" }).notNull().default(0),
    firstOrderId: uuid(),
    firstOrderAmount: bigint({ mode: "number" }),
    firstOrderPaidAt: timestamp({ withTimezone: true }),
    closedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ name: "referrals_merchant_id_id_pk", columns: [t.merchantId, t.id] }),
    uniqueIndex("referrals_merchant_id_friend_member_id_idx").on(t.merchantId, t.friendMemberId),
    index("referrals_merchant_id_referrer_member_id_closed_at_idx").on(
      t.merchantId,
      t.referrerMemberId,
      t.closedAt,
    ),
    index("referrals_merchant_id_created_at_idx").on(t.merchantId, t.createdAt),
    // The reward job walks only the referrals still waiting, across all stores.
    index("referrals_waiting_created_at_idx").on(t.createdAt).where(sql`status = 'waiting'`),
    index("referrals_merchant_id_ip_created_at_idx")
      .on(t.merchantId, t.ip, t.createdAt)
      .where(sql`ip is not null`),
    index("referrals_merchant_id_device_id_created_at_idx")
      .on(t.merchantId, t.deviceId, t.createdAt)
      .where(sql`device_id is not null`),
    check(
      "referrals_status_check",
      sql.raw(`status in (${referralStatuses.map((s) => `'${s}'`).join(", ")})`),
    ),
    check(
      "referrals_blocked_has_reason_check",
      sql`(status = 'blocked') = (block_reason is not null)`,
    ),
    foreignKey({
      name: "referrals_referrer_fk",
      columns: [t.merchantId, t.referrerMemberId],
      foreignColumns: [members.merchantId, members.id],
    }),
    foreignKey({
      name: "referrals_friend_fk",
      columns: [t.merchantId, t.friendMemberId],
      foreignColumns: [members.merchantId, members.id],
    }),
  ],
);

export const fingerprintKinds = ["payment", "device"] as const;
export type FingerprintKind = (typeof fingerprintKinds)[number];

// What the integrator told us identifies a buyer's card or device (opaque strings, e.g. a card
// hash from the payment provider). Used only to catch a referrer paying for their "friend".
export const buyerFingerprints = pgTable(
  "buyer_fingerprints",
  {
    merchantId: merchantId(),
    memberId: uuid().notNull(),
    kind: text({ enum: fingerprintKinds }).notNull(),
    value: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({
      name: "buyer_fingerprints_merchant_id_member_id_kind_value_pk",
      columns: [t.merchantId, t.memberId, t.kind, t.value],
    }),
    index("buyer_fingerprints_merchant_id_kind_value_idx").on(t.merchantId, t.kind, t.value),
    check("buyer_fingerprints_kind_check", sql`kind in ('payment', 'device')`),
    foreignKey({
      name: "buyer_fingerprints_member_fk",
      columns: [t.merchantId, t.memberId],
      foreignColumns: [members.merchantId, members.id],
    }).onDelete("cascade"),
  ],
);
