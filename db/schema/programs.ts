import { sql } from "drizzle-orm";
import {
  check,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, merchantId, updatedAt } from "./columns";
import { merchants } from "./merchants";

export const programStatuses = ["active", "archived"] as const;
export const versionStatuses = ["draft", "published"] as const;

// A merchant runs several programs at once; each prices orders through its active version.
export const programs = pgTable(
  "programs",
  {
    merchantId: merchantId().references(() => merchants.id, { onDelete: "cascade" }),
    id: uuid().notNull().defaultRandom(),
    name: text().notNull(),
    status: text({ enum: programStatuses }).notNull().default("active"),
    activeVersionId: uuid(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ name: "programs_merchant_id_id_pk", columns: [t.merchantId, t.id] }),
    index("programs_merchant_id_status_idx").on(t.merchantId, t.status),
  ],
);

// Published rows are immutable (a trigger refuses updates): orders keep the version they were priced with.
export const programVersions = pgTable(
  "program_versions",
  {
    merchantId: merchantId(),
    id: uuid().notNull().defaultRandom(),
    programId: uuid().notNull(),
    version: integer().notNull(),
    status: text({ enum: versionStatuses }).notNull().default("draft"),
    config: jsonb().notNull(),
    publishedAt: timestamp({ withTimezone: true }),
    publishedBy: text(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ name: "program_versions_merchant_id_id_pk", columns: [t.merchantId, t.id] }),
    foreignKey({
      name: "program_versions_program_fk",
      columns: [t.merchantId, t.programId],
      foreignColumns: [programs.merchantId, programs.id],
    }).onDelete("cascade"),
    uniqueIndex("program_versions_merchant_id_program_id_version_idx").on(
      t.merchantId,
      t.programId,
      t.version,
    ),
    uniqueIndex("program_versions_merchant_id_program_id_draft_idx")
      .on(t.merchantId, t.programId)
      .where(sql`status = 'draft'`),
    check(
      "program_versions_published_at_check",
      sql`(status = 'published') = (published_at is not null)`,
    ),
  ],
);
