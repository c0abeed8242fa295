import { bigint, index, integer, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { merchantId } from "./columns";
import { merchants } from "./merchants";

// The 4xx/5xx answers a store's integration received, for the admin Integration page. Written
// only on errors and throttled per store, so it stays small and never slows a healthy API.
export const apiRequestErrors = pgTable(
  "api_request_errors",
  {
    merchantId: merchantId().references(() => merchants.id, { onDelete: "cascade" }),
    id: bigint({ mode: "number" }).notNull().generatedAlwaysAsIdentity(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    method: text().notNull(),
    path: text().notNull(),
    status: integer().notNull(),
    code: text().notNull(),
    message: text().notNull(),
  },
  (t) => [
    primaryKey({ name: "api_request_errors_merchant_id_id_pk", columns: [t.merchantId, t.id] }),
    index("api_request_errors_merchant_id_at_idx").on(t.merchantId, t.at),
  ],
);
