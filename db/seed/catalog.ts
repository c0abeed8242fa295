import type { Executor } from "../database";
import { products } from "../schema";
import { demoCatalog } from "./demo-catalog";

export async function seedCatalog(db: Executor, merchantId: string) {
  await db
    .insert(products)
    .values(demoCatalog.map((p) => ({ ...p, merchantId })))
    .onConflictDoNothing();
}
