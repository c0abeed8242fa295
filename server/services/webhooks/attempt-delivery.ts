import { and, eq } from "drizzle-orm";
import type { Executor } from "@/db/database";
import { webhookDeliveries } from "@/db/schema/webhooks";
import { openSecret } from "@/server/crypto/secret-box";
import { env } from "@/server/env";
import type { ClaimedDelivery } from "./claim-deliveries";
import { type PostOutcome, postWebhook } from "./post-webhook";
import { nextRetryAt } from "./retry-schedule";

export type AttemptResult = PostOutcome & {
  id: string;
  status: number | null;
  deliveryStatus: "queued" | "succeeded" | "failed";
  nextAttemptAt: Date | null;
};

/** Sends a claimed delivery once and records the outcome: 2xx succeeds, else retry or fail. */
export async function attemptDelivery(
  db: Executor,
  delivery: ClaimedDelivery,
  { now, timeoutMs }: { now: Date; timeoutMs?: number },
): Promise<AttemptResult> {
  const outcome: PostOutcome = delivery.isActive
    ? await postWebhook({
        url: delivery.url,
        secret: openSecret(delivery.sealedSecret),
        body: JSON.stringify(delivery.payload),
        eventType: delivery.eventType,
        deliveryId: delivery.id,
        at: now,
        allowPrivateNetworks: env.WEBHOOK_ALLOW_PRIVATE_NETWORKS,
        timeoutMs,
      })
    : { status: null, responseBody: null, error: "Endpoint is paused", durationMs: 0 };
  const isOk = outcome.status !== null && outcome.status >= 200 && outcome.status < 300;
  const retryAt = isOk || !delivery.isActive ? null : nextRetryAt(delivery.attempts, now);
  const deliveryStatus = isOk ? "succeeded" : retryAt ? "queued" : "failed";
  await db
    .update(webhookDeliveries)
    .set({
      status: deliveryStatus,
      lastAttemptAt: now,
      lastResponseStatus: outcome.status,
      lastResponseBody: outcome.responseBody,
      lastError: outcome.error,
      lastDurationMs: outcome.durationMs,
      deliveredAt: isOk ? now : null,
      ...(retryAt ? { nextAttemptAt: retryAt } : {}),
    })
    .where(
      and(
        eq(webhookDeliveries.merchantId, delivery.merchantId),
        eq(webhookDeliveries.id, delivery.id),
      ),
    );
  return { ...outcome, id: delivery.id, deliveryStatus, nextAttemptAt: retryAt };
}
