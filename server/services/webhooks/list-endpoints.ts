import { asc, eq } from "drizzle-orm";
import { webhookEndpoints } from "@/db/schema/webhooks";
import type { ServiceContext } from "../context";

/** Endpoints without their secrets. */
export function listEndpoints({ ctx }: { ctx: ServiceContext }) {
  return ctx.db
    .select({
      id: webhookEndpoints.id,
      url: webhookEndpoints.url,
      description: webhookEndpoints.description,
      eventTypes: webhookEndpoints.eventTypes,
      isActive: webhookEndpoints.isActive,
      createdAt: webhookEndpoints.createdAt,
    })
    .from(webhookEndpoints)
    .where(eq(webhookEndpoints.merchantId, ctx.merchantId))
    .orderBy(asc(webhookEndpoints.createdAt), asc(webhookEndpoints.id));
}
