import { jsonb, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { createdAt, merchantId } from "./columns";

// The first call with a key inserts this row in its own transaction; a repeat waits for it and
// returns the stored response, or gets Conflict when the request hash differs.
export const idempotencyKeys = pgTable(
  "idempotency_keys",
  {
    merchantId: merchantId(),
    key: text().notNull(),
    operation: text().notNull(),
    requestHash: text().notNull(),
    response: jsonb(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ name: "idempotency_keys_merchant_id_key_pk", columns: [t.merchantId, t.key] }),
  ],
);
