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
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, merchantId, updatedAt } from "./columns";
import { merchants } from "./merchants";
import { programs } from "./programs";

export const simulationStatuses = ["queued", "running", "done", "failed"] as const;
export type SimulationStatus = (typeof simulationStatuses)[number];

// A what-if run: replays paid orders through a program's draft and live versions in the
// background. updated_at doubles as the heartbeat: a running row that stops moving is stale
// and the periodic job takes it over.
export const simulations = pgTable(
  "simulations",
  {
    merchantId: merchantId().references(() => merchants.id, { onDelete: "cascade" }),
    id: uuid().notNull().defaultRandom(),
    programId: uuid().notNull(),
    baselineVersionId: uuid(),
    candidateVersionId: uuid().notNull(),
    /** { months, redemptionRateBp, preset } */
    params: jsonb().notNull(),
    status: text({ enum: simulationStatuses }).notNull().default("queued"),
    processed: integer().notNull().default(0),
    total: integer().notNull().default(0),
    attempts: integer().notNull().default(0),
    result: jsonb(),
    error: text(),
    createdBy: text(),
    startedAt: timestamp({ withTimezone: true }),
    finishedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ name: "simulations_merchant_id_id_pk", columns: [t.merchantId, t.id] }),
    foreignKey({
      name: "simulations_program_fk",
      columns: [t.merchantId, t.programId],
      foreignColumns: [programs.merchantId, programs.id],
    }).onDelete("cascade"),
    index("simulations_merchant_id_program_id_created_at_idx").on(
      t.merchantId,
      t.programId,
      t.createdAt,
    ),
    index("simulations_status_updated_at_idx")
      .on(t.status, t.updatedAt)
      .where(sql`status in ('queued', 'running')`),
    check("simulations_status_check", sql`status in ('queued', 'running', 'done', 'failed')`),
  ],
);
