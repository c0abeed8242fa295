import { and, count, desc, eq, type SQL } from "drizzle-orm";
import { z } from "zod";
import {
  webhookDeliveries,
  webhookDeliveryStatuses,
  webhookEndpoints,
  webhookEvents,
} from "@/db/schema/webhooks";
import type { ServiceContext } from "../context";

export const ListDeliveriesInput = z.object({
  endpointId: z.uuid().optional().catch(undefined),
  status: z.enum(webhookDeliveryStatuses).optional().catch(undefined),
  eventType: z.string().max(60).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).default(1).catch(1),
  pageSize: z.coerce.number().int().min(5).max(100).default(20).catch(20),
});
export type ListDeliveriesInput = z.input<typeof ListDeliveriesInput>;

/** Newest first, with the event's payload and the last response, for the admin's log. */
export async function listDeliveries({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: ListDeliveriesInput;
}) {
  const { endpointId, status, eventType, page, pageSize } = ListDeliveriesInput.parse(input);
  const conditions: SQL[] = [eq(webhookDeliveries.merchantId, ctx.merchantId)];
  if (endpointId) conditions.push(eq(webhookDeliveries.endpointId, endpointId));
  if (status) conditions.push(eq(webhookDeliveries.status, status));
  if (eventType) conditions.push(eq(webhookDeliveries.eventType, eventType));
  const where = and(...conditions);
  const [rows, [total]] = await Promise.all([
    ctx.db
      .select({
        id: webhookDeliveries.id,
        endpointId: webhookDeliveries.endpointId,
        url: webhookEndpoints.url,
        eventId: webhookDeliveries.eventId,
        eventType: webhookDeliveries.eventType,
        status: webhookDeliveries.status,
        attempts: webhookDeliveries.attempts,
        nextAttemptAt: webhookDeliveries.nextAttemptAt,
        lastAttemptAt: webhookDeliveries.lastAttemptAt,
        lastResponseStatus: webhookDeliveries.lastResponseStatus,
        lastResponseBody: webhookDeliveries.lastResponseBody,
        lastError: webhookDeliveries.lastError,
        lastDurationMs: webhookDeliveries.lastDurationMs,
        deliveredAt: webhookDeliveries.deliveredAt,
        replayOfId: webhookDeliveries.replayOfId,
        createdAt: webhookDeliveries.createdAt,
        payload: webhookEvents.payload,
      })
      .from(webhookDeliveries)
      .innerJoin(
        webhookEndpoints,
        and(
          eq(webhookEndpoints.merchantId, webhookDeliveries.merchantId),
          eq(webhookEndpoints.id, webhookDeliveries.endpointId),
        ),
      )
      .innerJoin(
        webhookEvents,
        and(
          eq(webhookEvents.merchantId, webhookDeliveries.merchantId),
          eq(webhookEvents.id, webhookDeliveries.eventId),
        ),
      )
      .where(where)
      .orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    ctx.db.select({ value: count() }).from(webhookDeliveries).where(where),
  ]);
  return { rows, total: total?.value ?? 0, page, pageSize };
}
