import { and, eq, sql } from "drizzle-orm";
import { webhookDeliveries } from "@/db/schema/webhooks";
import { inTransaction } from "@/db/transaction";
import { NotFound } from "@/server/errors";
import type { ServiceContext } from "../context";
import { rowsOf } from "../ledger/rows-of";
import { sendNow } from "./send-now";

/**
 * Sends the delivery's event again as a new delivery with fresh retries. A delivery is replayed
 * at most once (a unique index), so a double click sends once; replay the newest to retry again.
 */
export async function replayDelivery({
  ctx,
  input,
  now = new Date(),
}: {
  ctx: ServiceContext;
  input: { id: string };
  now?: Date;
}) {
  const replay = await inTransaction(ctx.db, async (tx) => {
    const [source] = await tx
      .select({ id: webhookDeliveries.id })
      .from(webhookDeliveries)
      .where(
        and(eq(webhookDeliveries.merchantId, ctx.merchantId), eq(webhookDeliveries.id, input.id)),
      );
    if (!source) throw new NotFound("Delivery not found");
    const at = now.toISOString();
    const [created] = rowsOf<{ id: string }>(
      await tx.execute(sql`
        insert into webhook_deliveries
          (merchant_id, event_id, endpoint_id, event_type, next_attempt_at, replay_of_id, created_at)
        select merchant_id, event_id, endpoint_id, event_type, ${at}, id, ${at}
        from webhook_deliveries where merchant_id = ${ctx.merchantId} and id = ${input.id}
        on conflict do nothing
        returning id`),
    );
    if (created) return { id: created.id, isNew: true };
    const [existing] = await tx
      .select({ id: webhookDeliveries.id })
      .from(webhookDeliveries)
      .where(
        and(
          eq(webhookDeliveries.merchantId, ctx.merchantId),
          eq(webhookDeliveries.replayOfId, input.id),
        ),
      );
    if (!existing) throw new Error("Replay vanished after a conflicting insert");
    return { id: existing.id, isNew: false };
  });
  if (!replay.isNew) return { id: replay.id, deliveryStatus: null, sent: null, isNew: false };
  return { ...(await sendNow(ctx, replay.id, now)), isNew: true };
}
