import { index, jsonb, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { createdAt, merchantId } from "./columns";

export const auditLog = pgTable(
  "audit_log",
  {
    id: uuid().primaryKey().defaultRandom(),
    merchantId: merchantId(),
    actorUserId: text(),
    actorLabel: text().notNull(),
    action: text().notNull(),
    entity: text().notNull(),
    entityId: text(),
    before: jsonb(),
    after: jsonb(),
    createdAt: createdAt(),
  },
  (t) => [index("audit_log_merchant_id_created_at_idx").on(t.merchantId, t.createdAt)],
);
