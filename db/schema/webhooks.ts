import { sql } from "drizzle-orm";
import {
  boolean,
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
import { webhookDeliveryStatuses } from "./webhook-event-types";

export * from "./webhook-event-types";

export const webhookEndpoints = pgTable(
  "webhook_endpoints",
  {
    merchantId: merchantId().references(() => merchants.id, { onDelete: "cascade" }),
    id: uuid().notNull().defaultRandom(),
    url: text().notNull(),
    description: text().notNull().default(""),
    eventTypes: text().array().notNull(),
    sealedSecret: text().notNull(),
    isActive: boolean().notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ name: "webhook_endpoints_merchant_id_id_pk", columns: [t.merchantId, t.id] }),
    // The event triggers ask "does this store have an active endpoint?" on every ledger write.
    index("webhook_endpoints_merchant_id_idx").on(t.merchantId).where(sql`is_active`),
  ],
);

// Written by the triggers of migration 0005 in the transaction of the change; `payload` is the
// exact JSON body sent, envelope included.
export const webhookEvents = pgTable(
  "webhook_events",
  {
    merchantId: merchantId().references(() => merchants.id, { onDelete: "cascade" }),
    id: uuid().notNull().defaultRandom(),
    type: text().notNull(),
    payload: jsonb().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ name: "webhook_events_merchant_id_id_pk", columns: [t.merchantId, t.id] }),
    // For the pruning job: BRIN costs next to nothing on the insert of every event.
    index("webhook_events_created_at_brin_idx").using("brin", t.createdAt),
  ],
);

export const webhookDeliveries = pgTable(
  "webhook_deliveries",
  {
    merchantId: merchantId(),
    id: uuid().notNull().defaultRandom(),
    eventId: uuid().notNull(),
    endpointId: uuid().notNull(),
    eventType: text().notNull(),
    status: text({ enum: webhookDeliveryStatuses }).notNull().default("queued"),
    attempts: integer().notNull().default(0),
    nextAttemptAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastAttemptAt: timestamp({ withTimezone: true }),
    lastResponseStatus: integer(),
    lastResponseBody: text(),
    lastError: text(),
    lastDurationMs: integer(),
    deliveredAt: timestamp({ withTimezone: true }),
    /** The delivery this one replays; one replay per delivery, so a double click sends once. */
    replayOfId: uuid(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ name: "webhook_deliveries_merchant_id_id_pk", columns: [t.merchantId, t.id] }),
    foreignKey({
      name: "webhook_deliveries_event_fk",
      columns: [t.merchantId, t.eventId],
      foreignColumns: [webhookEvents.merchantId, webhookEvents.id],
    }).onDelete("cascade"),
    foreignKey({
      name: "webhook_deliveries_endpoint_fk",
      columns: [t.merchantId, t.endpointId],
      foreignColumns: [webhookEndpoints.merchantId, webhookEndpoints.id],
    }).onDelete("cascade"),
    check("webhook_deliveries_status_check", sql`status in ('queued', 'succeeded', 'failed')`),
    index("webhook_deliveries_next_attempt_at_idx")
      .on(t.nextAttemptAt)
      .where(sql`status = 'queued'`),
    index("webhook_deliveries_merchant_id_created_at_idx").on(t.merchantId, t.createdAt),
    index("webhook_deliveries_merchant_id_event_id_idx").on(t.merchantId, t.eventId),
    index("webhook_deliveries_merchant_id_endpoint_id_created_at_idx").on(
      t.merchantId,
      t.endpointId,
      t.createdAt,
    ),
    uniqueIndex("webhook_deliveries_merchant_id_replay_of_id_idx")
      .on(t.merchantId, t.replayOfId)
      .where(sql`replay_of_id is not null`),
  ],
);
