import { and, desc, eq } from "drizzle-orm";
import { tierChanges } from "@/db/schema";
import type { ServiceContext } from "../context";

/** The level a member left at their latest tier change; null when they never moved or had none. */
export async function findPreviousTier(ctx: ServiceContext, memberId: string) {
  const [latest] = await ctx.db
    .select({ fromTier: tierChanges.fromTier })
    .from(tierChanges)
    .where(and(eq(tierChanges.merchantId, ctx.merchantId), eq(tierChanges.memberId, memberId)))
    .orderBy(desc(tierChanges.changedAt), desc(tierChanges.id))
    .limit(1);
  return latest?.fromTier ?? null;
}
