import { bigint, boolean, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, merchantId } from "./columns";

export const products = pgTable(
  "products",
  {
    id: uuid().primaryKey().defaultRandom(),
    merchantId: merchantId(),
    sku: text().notNull(),
    name: text().notNull(),
    category: text().notNull(),
    price: bigint({ mode: "number" }).notNull(),
    isOnSale: boolean().notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("products_merchant_id_sku_idx").on(t.merchantId, t.sku)],
);
