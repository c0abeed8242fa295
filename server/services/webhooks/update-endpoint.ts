import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { webhookEndpoints } from "@/db/schema/webhooks";
import { inTransaction } from "@/db/transaction";
import { NotFound } from "@/server/errors";
import { recordAudit } from "../audit/record-audit";
import type { ServiceContext } from "../context";
import { EndpointDescription, EndpointEventTypes, EndpointId, EndpointUrl } from "./endpoint-input";

export const UpdateEndpointInput = EndpointId.extend({
  url: EndpointUrl.optional(),
  description: EndpointDescription.optional(),
  eventTypes: EndpointEventTypes.optional(),
  isActive: z.boolean().optional(),
});
export type UpdateEndpointInput = z.input<typeof UpdateEndpointInput>;

/** A paused endpoint gets no new events; deliveries already queued for it fail. */
export async function updateEndpoint({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: UpdateEndpointInput;
}) {
  const { id, ...changes } = UpdateEndpointInput.parse(input);
  await inTransaction(ctx.db, async (tx) => {
    const [updated] = await tx
      .update(webhookEndpoints)
      .set(changes)
      .where(and(eq(webhookEndpoints.merchantId, ctx.merchantId), eq(webhookEndpoints.id, id)))
      .returning({ id: webhookEndpoints.id });
    if (!updated) throw new NotFound("Webhook endpoint not found");
    await recordAudit(tx, ctx.merchantId, ctx.actor, {
      action: "webhook_endpoint.updated",
      entity: "webhook_endpoint",
      entityId: id,
      after: changes,
    });
  });
}
