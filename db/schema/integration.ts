import {
  index,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, merchantId, updatedAt } from "./columns";
import { merchants } from "./merchants";

export const apiKeyKinds = ["publishable", "secret"] as const;

// Keys authenticate by SHA-256 only; a publishable key is public by design, so its text stays
// readable for the embed snippet, while a secret key is shown once and never again.
export const apiKeys = pgTable(
  "api_keys",
  {
    merchantId: merchantId().references(() => merchants.id, { onDelete: "cascade" }),
    id: uuid().notNull().defaultRandom(),
    kind: text({ enum: apiKeyKinds }).notNull(),
    name: text().notNull(),
    keyHash: text().notNull(),
    maskedKey: text().notNull(),
    publishableKey: text(),
    createdByUserId: text(),
    lastUsedAt: timestamp({ withTimezone: true }),
    revokedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ name: "api_keys_merchant_id_id_pk", columns: [t.merchantId, t.id] }),
    uniqueIndex("api_keys_key_hash_idx").on(t.keyHash),
    index("api_keys_merchant_id_kind_idx").on(t.merchantId, t.kind),
  ],
);

// Per-store integration settings: CORS origins for the widget, the sealed secret that signs
// shopper tokens (the store's backend holds a copy), and the guest "join" link.
export const integrationSettings = pgTable("integration_settings", {
  merchantId: merchantId()
    .primaryKey()
    .references(() => merchants.id, { onDelete: "cascade" }),
  allowedOrigins: text().array().notNull().default([]),
  sealedTokenSecret: text().notNull(),
  joinUrl: text(),
  updatedAt: updatedAt(),
});
