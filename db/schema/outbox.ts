import { index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { createdAt } from "./columns";

// Auth emails (reset, invitation) are not tied to one merchant, so merchant_id is optional here.
export const emailOutbox = pgTable(
  "email_outbox",
  {
    id: uuid().primaryKey().defaultRandom(),
    merchantId: text(),
    to: text().notNull(),
    kind: text().notNull(),
    subject: text().notNull(),
    body: text().notNull(),
    data: jsonb().$type<Record<string, string>>().notNull().default({}),
    status: text().notNull().default("queued"),
    /** The SMTP server's refusal when sending failed. */
    error: text(),
    sentAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index("email_outbox_to_idx").on(t.to, t.createdAt)],
);
