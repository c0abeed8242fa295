import { sql } from "drizzle-orm";
import {
  bigint,
  check,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, merchantId, updatedAt } from "./columns";
import { merchants } from "./merchants";

export const memberImportStatuses = ["uploading", "queued", "running", "done", "failed"] as const;
export type MemberImportStatus = (typeof memberImportStatuses)[number];

// A CSV import run by the import-members job: the admin uploads the rows, then the job works
// through them in chunks. last_row is the cursor: each chunk moves it in the transaction that
// imports the chunk's rows, so a crash repeats nothing and loses nothing.
export const memberImports = pgTable(
  "member_imports",
  {
    merchantId: merchantId().references(() => merchants.id, { onDelete: "cascade" }),
    id: uuid().notNull().defaultRandom(),
    /** The file's hash: the same file again finds this import instead of crediting twice. */
    batchKey: text().notNull(),
    fileName: text().notNull(),
    status: text({ enum: memberImportStatuses }).notNull().default("uploading"),
    total: integer().notNull(),
    lastRow: integer().notNull().default(0),
    processed: integer().notNull().default(0),
    created: integer().notNull().default(0),
    existing: integer().notNull().default(0),
    failed: integer().notNull().default(0),
    credited: bigint({ mode: "number" }).notNull().default(0),
    /** Why the job stopped, when a chunk failed; starting it again resumes at the cursor. */
    error: text(),
    /** The staff member who started it: the ledger's opening-balance entries carry their name. */
    actor: jsonb().notNull(),
    startedAt: timestamp({ withTimezone: true }),
    finishedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ name: "member_imports_merchant_id_id_pk", columns: [t.merchantId, t.id] }),
    unique("member_imports_merchant_id_batch_key_unique").on(t.merchantId, t.batchKey),
    index("member_imports_merchant_id_created_at_idx").on(t.merchantId, t.createdAt),
    index("member_imports_due_idx").on(t.createdAt).where(sql`status in ('queued', 'running')`),
    check(
      "member_imports_status_check",
      sql`status in ('uploading', 'queued', 'running', 'done', 'failed')`,
    ),
    check("member_imports_total_check", sql`total between 1 and 200000`),
  ],
);

export const memberImportRows = pgTable(
  "member_import_rows",
  {
    merchantId: merchantId(),
    importId: uuid().notNull(),
    /** The row's line in the file, as the preview numbered it. */
    row: integer().notNull(),
    data: jsonb().notNull(),
    /** Field -> error codes when the job could not import the row. */
    errors: jsonb(),
  },
  (t) => [
    primaryKey({
      name: "member_import_rows_merchant_id_import_id_row_pk",
      columns: [t.merchantId, t.importId, t.row],
    }),
    foreignKey({
      name: "member_import_rows_import_fk",
      columns: [t.merchantId, t.importId],
      foreignColumns: [memberImports.merchantId, memberImports.id],
    }).onDelete("cascade"),
  ],
);
