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

export const clubSources = ["invitation", "purchase", "fee"] as const;
export type ClubSource = (typeof clubSources)[number];

// One row per term: joining writes the first, a renewal the next one starting where the last
// ends, so the rows are the membership's history. A member belongs to the club while some term
// covers now (ends_at null: no end); at the end of the last term membership lapses by itself.
export const clubMemberships = pgTable(
  "club_memberships",
  {
    merchantId: merchantId(),
    id: uuid().notNull().defaultRandom(),
    programId: uuid().notNull(),
    memberId: uuid().notNull(),
    source: text({ enum: clubSources }).notNull(),
    /** The order, fee payment (its idempotency key) or invitation that bought this term. */
    sourceRef: text().notNull(),
    feePaid: bigint({ mode: "number" }),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    endsAt: timestamp({ withTimezone: true }),
    actorLabel: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ name: "club_memberships_merchant_id_id_pk", columns: [t.merchantId, t.id] }),
    uniqueIndex("club_memberships_merchant_id_program_id_source_source_ref_idx").on(
      t.merchantId,
      t.programId,
      t.source,
      t.sourceRef,
    ),
    index("club_memberships_merchant_id_member_id_ends_at_idx").on(
      t.merchantId,
      t.memberId,
      t.endsAt,
    ),
    foreignKey({
      name: "club_memberships_member_fk",
      columns: [t.merchantId, t.memberId],
      foreignColumns: [members.merchantId, members.id],
    }).onDelete("cascade"),
    check("club_memberships_term_check", sql`ends_at is null or ends_at > starts_at`),
    check("club_memberships_source_check", sql`source in ('invitation', 'purchase', 'fee')`),
  ],
);
