import { desc, eq } from "drizzle-orm";
import { apiKeys } from "@/db/schema/integration";
import type { ServiceContext } from "../context";

export async function listApiKeys({ ctx }: { ctx: ServiceContext }) {
  return ctx.db
    .select({
      id: apiKeys.id,
      kind: apiKeys.kind,
      name: apiKeys.name,
      maskedKey: apiKeys.maskedKey,
      publishableKey: apiKeys.publishableKey,
      lastUsedAt: apiKeys.lastUsedAt,
      revokedAt: apiKeys.revokedAt,
      createdAt: apiKeys.createdAt,
    })
    .from(apiKeys)
    .where(eq(apiKeys.merchantId, ctx.merchantId))
    .orderBy(desc(apiKeys.createdAt));
}
