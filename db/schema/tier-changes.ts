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
import { merchantId } from "./columns";
import { members } from "./members";

export const tierDirections = ["up", "down"] as const;
export type TierDirection = (typeof tierDirections)[number];

// Written by a row trigger on members.tier (migration 0008), in the transaction of the change:
// every path that moves a member (order, tier job, import, admin) leaves its row here. Tiers are
// the level ids stored in members.tier; null is "no tier".
export const tierChanges = pgTable(
  "tier_changes",
  {
    merchantId: merchantId(),
    id: bigint({ mode: "number" }).notNull().generatedAlwaysAsIdentity(),
    memberId: uuid().notNull(),
    fromTier: text(),
    toTier: text(),
    direction: text({ enum: tierDirections }).notNull(),
    changedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: "tier_changes_merchant_id_id_pk", columns: [t.merchantId, t.id] }),
    foreignKey({
      name: "tier_changes_member_fk",
      columns: [t.merchantId, t.memberId],
      foreignColumns: [members.merchantId, members.id],
    }).onDelete("cascade"),
    check("tier_changes_direction_check", sql`direction in ('up', 'down')`),
    index("tier_changes_merchant_id_changed_at_idx").on(t.merchantId, t.changedAt),
  ],
);
