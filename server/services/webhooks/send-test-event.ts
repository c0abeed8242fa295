import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import {
  webhookDeliveries,
  webhookEndpoints,
  webhookEvents,
  webhookTestEventType,
} from "@/db/schema/webhooks";
import { inTransaction } from "@/db/transaction";
import { NotFound } from "@/server/errors";
import type { ServiceContext } from "../context";
import { sendNow } from "./send-now";

/** A `webhook.test` event to one endpoint, sent at once; the result is shown and logged. */
export async function sendTestEvent({
  ctx,
  input,
  now = new Date(),
}: {
  ctx: ServiceContext;
  input: { id: string };
  now?: Date;
}) {
  const deliveryId = await inTransaction(ctx.db, async (tx) => {
    const [endpoint] = await tx
      .select({ id: webhookEndpoints.id })
      .from(webhookEndpoints)
      .where(
        and(eq(webhookEndpoints.merchantId, ctx.merchantId), eq(webhookEndpoints.id, input.id)),
      );
    if (!endpoint) throw new NotFound("Webhook endpoint not found");
    const eventId = randomUUID();
    const payload = {
      id: eventId,
      type: webhookTestEventType,
      created_at: now.toISOString(),
      data: { endpoint_id: endpoint.id, message: "Test event from Kopilka" },
    };
    await tx.insert(webhookEvents).values({
      merchantId: ctx.merchantId,
      id: eventId,
      type: webhookTestEventType,
      payload,
      createdAt: now,
    });
    const [delivery] = await tx
      .insert(webhookDeliveries)
      .values({
        merchantId: ctx.merchantId,
        eventId,
        endpointId: endpoint.id,
        eventType: webhookTestEventType,
        nextAttemptAt: now,
        createdAt: now,
      })
      .returning({ id: webhookDeliveries.id });
    if (!delivery) throw new Error("Test delivery was not created");
    return delivery.id;
  });
  return sendNow(ctx, deliveryId, now);
}
