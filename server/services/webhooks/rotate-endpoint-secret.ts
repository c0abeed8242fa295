import { and, eq } from "drizzle-orm";
import { webhookEndpoints } from "@/db/schema/webhooks";
import { inTransaction } from "@/db/transaction";
import { sealSecret } from "@/server/crypto/secret-box";
import { NotFound } from "@/server/errors";
import { recordAudit } from "../audit/record-audit";
import type { ServiceContext } from "../context";
import { generateWebhookSecret } from "./webhook-secret";

/** New secret from the next attempt on; shown once, like on creation. */
export async function rotateEndpointSecret({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { id: string };
}) {
  const secret = generateWebhookSecret();
  await inTransaction(ctx.db, async (tx) => {
    const [updated] = await tx
      .update(webhookEndpoints)
      .set({ sealedSecret: sealSecret(secret) })
      .where(
        and(eq(webhookEndpoints.merchantId, ctx.merchantId), eq(webhookEndpoints.id, input.id)),
      )
      .returning({ id: webhookEndpoints.id });
    if (!updated) throw new NotFound("Webhook endpoint not found");
    await recordAudit(tx, ctx.merchantId, ctx.actor, {
      action: "webhook_endpoint.secret_rotated",
      entity: "webhook_endpoint",
      entityId: input.id,
    });
  });
  return { id: input.id, secret };
}
