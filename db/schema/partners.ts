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
import { createdAt, merchantId } from "./columns";
import { members } from "./members";
import { merchants } from "./merchants";

// A coalition partner of one store. Its key (SHA-256 only, shown once) can credit points to the
// store's members and read its own credits, nothing else; revoking it keeps the partner's history.
export const partners = pgTable(
  "partners",
  {
    merchantId: merchantId().references(() => merchants.id, { onDelete: "cascade" }),
    id: uuid().notNull().defaultRandom(),
    name: text().notNull(),
    /** Points the partner may credit per calendar month (store time); null: no cap. */
    monthlyCap: bigint({ mode: "number" }),
    keyHash: text().notNull(),
    maskedKey: text().notNull(),
    keyRevokedAt: timestamp({ withTimezone: true }),
    lastUsedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ name: "partners_merchant_id_id_pk", columns: [t.merchantId, t.id] }),
    uniqueIndex("partners_key_hash_idx").on(t.keyHash),
    check("partners_monthly_cap_check", sql`monthly_cap is null or monthly_cap >= 0`),
  ],
);

// What each partner credited, for its own reads and the store's settlement report; the points
// themselves are a ledger entry written in the same transaction.
export const partnerCredits = pgTable(
  "partner_credits",
  {
    merchantId: merchantId(),
    id: uuid().notNull().defaultRandom(),
    partnerId: uuid().notNull(),
    memberId: uuid().notNull(),
    points: bigint({ mode: "number" }).notNull(),
    /** The points' money value (minor units) at the program's point value when credited. */
    value: bigint({ mode: "number" }).notNull(),
    reference: text(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ name: "partner_credits_merchant_id_id_pk", columns: [t.merchantId, t.id] }),
    index("partner_credits_merchant_id_partner_id_created_at_idx").on(
      t.merchantId,
      t.partnerId,
      t.createdAt,
    ),
    foreignKey({
      name: "partner_credits_partner_fk",
      columns: [t.merchantId, t.partnerId],
      foreignColumns: [partners.merchantId, partners.id],
    }).onDelete("cascade"),
    foreignKey({
      name: "partner_credits_member_fk",
      columns: [t.merchantId, t.memberId],
      foreignColumns: [members.merchantId, members.id],
    }).onDelete("cascade"),
    check("partner_credits_points_check", sql`points > 0 and value >= 0`),
  ],
);
