import type { ServiceContext } from "../context";
import { attemptDelivery } from "./attempt-delivery";
import { claimDeliveries } from "./claim-deliveries";

/** Attempts one queued delivery right away (test send, replay); null if a worker took it first. */
export async function sendNow(ctx: ServiceContext, deliveryId: string, now: Date) {
  const [claimed] = await claimDeliveries(ctx.db, {
    now,
    limit: 1,
    merchantId: ctx.merchantId,
    id: deliveryId,
  });
  if (!claimed) return { id: deliveryId, deliveryStatus: "queued" as const, sent: null };
  const result = await attemptDelivery(ctx.db, claimed, { now });
  return {
    id: deliveryId,
    deliveryStatus: result.deliveryStatus,
    sent: {
      status: result.status,
      error: result.error,
      durationMs: result.durationMs,
      nextAttemptAt: result.nextAttemptAt,
    },
  };
}
