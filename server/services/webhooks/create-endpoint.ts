import { z } from "zod";
import { webhookEndpoints } from "@/db/schema/webhooks";
import { inTransaction } from "@/db/transaction";
import { sealSecret } from "@/server/crypto/secret-box";
import { recordAudit } from "../audit/record-audit";
import type { ServiceContext } from "../context";
import { EndpointDescription, EndpointEventTypes, EndpointUrl } from "./endpoint-input";
import { generateWebhookSecret } from "./webhook-secret";

export const CreateEndpointInput = z.object({
  url: EndpointUrl,
  description: EndpointDescription,
  eventTypes: EndpointEventTypes,
});
export type CreateEndpointInput = z.input<typeof CreateEndpointInput>;

/** Returns the signing secret once; afterwards only a rotation shows a (new) one. */
export async function createEndpoint({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: CreateEndpointInput;
}) {
  const data = CreateEndpointInput.parse(input);
  const secret = generateWebhookSecret();
  return inTransaction(ctx.db, async (tx) => {
    const [row] = await tx
      .insert(webhookEndpoints)
      .values({ ...data, merchantId: ctx.merchantId, sealedSecret: sealSecret(secret) })
      .returning({ id: webhookEndpoints.id });
    if (!row) throw new Error("Webhook endpoint was not created");
    await recordAudit(tx, ctx.merchantId, ctx.actor, {
      action: "webhook_endpoint.created",
      entity: "webhook_endpoint",
      entityId: row.id,
      after: data,
    });
    return { id: row.id, secret };
  });
}
