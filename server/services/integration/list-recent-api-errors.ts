import { desc, eq } from "drizzle-orm";
import { apiRequestErrors } from "@/db/schema";
import type { ServiceContext } from "../context";

/** The store's latest failed API answers, newest first, for the admin Integration page. */
export async function listRecentApiErrors({
  ctx,
  limit = 50,
}: {
  ctx: ServiceContext;
  limit?: number;
}) {
  return ctx.db
    .select({
      at: apiRequestErrors.at,
      method: apiRequestErrors.method,
      path: apiRequestErrors.path,
      status: apiRequestErrors.status,
      code: apiRequestErrors.code,
      message: apiRequestErrors.message,
    })
    .from(apiRequestErrors)
    .where(eq(apiRequestErrors.merchantId, ctx.merchantId))
    .orderBy(desc(apiRequestErrors.at), desc(apiRequestErrors.id))
    .limit(Math.min(Math.max(limit, 1), 200));
}
