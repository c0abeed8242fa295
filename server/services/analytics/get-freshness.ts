import { eq } from "drizzle-orm";
import { analyticsState } from "@/db/schema";
import type { ServiceContext } from "../context";

/** When the store's rollups were last rebuilt (null: never, the dashboard is empty until then). */
export async function getFreshness({ ctx }: { ctx: ServiceContext }) {
  const [state] = await ctx.db
    .select({ refreshedAt: analyticsState.refreshedAt })
    .from(analyticsState)
    .where(eq(analyticsState.merchantId, ctx.merchantId));
  return { refreshedAt: state?.refreshedAt ?? null };
}
