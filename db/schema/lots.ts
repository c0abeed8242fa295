import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
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
import { members } from "./members";

export const lotStatuses = ["pending", "available"] as const;
export type LotStatus = (typeof lotStatuses)[number];
export const wallets = ["points", "cashback"] as const;
export type Wallet = (typeof wallets)[number];

// Points (or cashback) earned together, spent FIFO by expiry. Per wallet and status, the sum of
// remaining equals one balance column; a spend moves points out of lots into lot_allocations.
export const lots = pgTable(
  "lots",
  {
    merchantId: merchantId(),
    id: uuid().notNull().defaultRandom(),
    memberId: uuid().notNull(),
    wallet: text({ enum: wallets }).notNull().default("points"),
    status: text({ enum: lotStatuses }).notNull(),
    amount: bigint({ mode: "number" }).notNull(),
    remaining: bigint({ mode: "number" }).notNull(),
    /**
     * Whether points are left. The partial indexes filter on this instead of on `remaining`, so
     * a spend that leaves points in a lot rewrites its row in place (HOT), not in every index.
     */
    isOpen: boolean().generatedAlwaysAs(sql`remaining > 0`),
    availableAt: timestamp({ withTimezone: true }).notNull(),
    expiresAt: timestamp({ withTimezone: true }),
    orderId: uuid(),
    programVersionId: uuid(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ name: "lots_merchant_id_id_pk", columns: [t.merchantId, t.id] }),
    foreignKey({
      name: "lots_member_fk",
      columns: [t.merchantId, t.memberId],
      foreignColumns: [members.merchantId, members.id],
    }),
    check("lots_remaining_check", sql`remaining >= 0 and remaining <= amount`),
    check(
      "lots_status_check",
      sql`status in ('pending', 'available') and wallet in ('points', 'cashback')`,
    ),
    index("lots_merchant_id_member_id_expires_at_idx")
      .on(t.merchantId, t.memberId, t.expiresAt)
      .where(sql`is_open`),
    // Job scans run across merchants, so these two lead with the time column.
    index("lots_available_at_idx").on(t.availableAt).where(sql`status = 'pending' and is_open`),
    index("lots_expires_at_idx").on(t.expiresAt).where(sql`is_open and expires_at is not null`),
  ],
);
