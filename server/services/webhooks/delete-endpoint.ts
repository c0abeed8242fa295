import { and, eq } from "drizzle-orm";
import { webhookEndpoints } from "@/db/schema/webhooks";
import { inTransaction } from "@/db/transaction";
import { NotFound } from "@/server/errors";
import { recordAudit } from "../audit/record-audit";
import type { ServiceContext } from "../context";

/** Removes the endpoint with its delivery log. */
export async function deleteEndpoint({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { id: string };
}) {
  await inTransaction(ctx.db, async (tx) => {
    const [deleted] = await tx
      .delete(webhookEndpoints)
      .where(
        and(eq(webhookEndpoints.merchantId, ctx.merchantId), eq(webhookEndpoints.id, input.id)),
      )
      .returning({ id: webhookEndpoints.id, url: webhookEndpoints.url });
    if (!deleted) throw new NotFound("Webhook endpoint not found");
    await recordAudit(tx, ctx.merchantId, ctx.actor, {
      action: "webhook_endpoint.deleted",
      entity: "webhook_endpoint",
      entityId: deleted.id,
      before: { url: deleted.url },
    });
  });
}
