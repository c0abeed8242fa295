import { asc, eq } from "drizzle-orm";
import type { Executor } from "@/db/database";
import { memberships, merchants } from "@/db/schema";

export async function listMyMerchants({ db, userId }: { db: Executor; userId: string }) {
  return db
    .select({ id: merchants.id, name: merchants.name, role: memberships.role })
    .from(memberships)
    .innerJoin(merchants, eq(merchants.id, memberships.merchantId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(merchants.name));
}
