import { eq, isNotNull, sql } from "drizzle-orm";
import type { Executor } from "@/db/database";
import { members } from "@/db/schema";

/** Whether any member has a birthday on file; undefined while the store has no members. */
export async function collectsBirthdays(
  db: Executor,
  merchantId: string,
): Promise<boolean | undefined> {
  const [row] = await db
    .select({
      total: sql<number>`count(*)::int`,
      withBirthday: sql<number>`count(*) filter (where ${isNotNull(members.birthday)})::int`,
    })
    .from(members)
    .where(eq(members.merchantId, merchantId));
  if (!row || row.total === 0) return undefined;
  return row.withBirthday > 0;
}
