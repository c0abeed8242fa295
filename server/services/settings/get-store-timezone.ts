import { eq } from "drizzle-orm";
import type { Executor } from "@/db/database";
import { merchants } from "@/db/schema";

/** Calendar months and daily stats follow the store's zone, not the server's. */
export async function getStoreTimezone(db: Executor, merchantId: string): Promise<string> {
  const [store] = await db
    .select({ timezone: merchants.timezone })
    .from(merchants)
    .where(eq(merchants.id, merchantId));
  return store?.timezone ?? "UTC";
}
