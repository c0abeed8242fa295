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
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, merchantId } from "./columns";
import { lots } from "./lots";
import { members } from "./members";

export const holdStatuses = ["active", "released", "spent"] as const;
export type HoldStatus = (typeof holdStatuses)[number];

// Points set aside for an order. Paying captures the hold (status spent). An order paid without a
// reservation keeps its spent lots in its snapshot instead; its first refund writes the captured
// hold then, so a refund always has allocations to count returns on (decision 0015).
export const holds = pgTable(
  "holds",
  {
    merchantId: merchantId(),
    id: uuid().notNull().defaultRandom(),
    memberId: uuid().notNull(),
    orderId: uuid().notNull(),
    amount: bigint({ mode: "number" }).notNull(),
    status: text({ enum: holdStatuses }).notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    closedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ name: "holds_merchant_id_id_pk", columns: [t.merchantId, t.id] }),
    foreignKey({
      name: "holds_member_fk",
      columns: [t.merchantId, t.memberId],
      foreignColumns: [members.merchantId, members.id],
    }),
    check("holds_amount_check", sql`amount > 0`),
    check("holds_status_check", sql`status in ('active', 'released', 'spent')`),
    index("holds_merchant_id_order_id_idx").on(t.merchantId, t.orderId),
    index("holds_expires_at_idx").on(t.expiresAt).where(sql`status = 'active'`),
  ],
);

// Which lots a hold took points from; refunds give points back to these lots (original expiry).
export const lotAllocations = pgTable(
  "lot_allocations",
  {
    merchantId: merchantId(),
    holdId: uuid().notNull(),
    lotId: uuid().notNull(),
    amount: bigint({ mode: "number" }).notNull(),
    returned: bigint({ mode: "number" }).notNull().default(0),
  },
  (t) => [
    primaryKey({
      name: "lot_allocations_merchant_id_hold_id_lot_id_pk",
      columns: [t.merchantId, t.holdId, t.lotId],
    }),
    foreignKey({
      name: "lot_allocations_hold_fk",
      columns: [t.merchantId, t.holdId],
      foreignColumns: [holds.merchantId, holds.id],
    }),
    foreignKey({
      name: "lot_allocations_lot_fk",
      columns: [t.merchantId, t.lotId],
      foreignColumns: [lots.merchantId, lots.id],
    }),
    check(
      "lot_allocations_returned_check",
      sql`returned >= 0 and returned <= amount and amount > 0`,
    ),
  ],
);
