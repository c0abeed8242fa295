import type { Executor } from "@/db/database";
import { attemptDelivery } from "./attempt-delivery";
import { claimDeliveries } from "./claim-deliveries";

/**
 * One worker pass: claims up to `batchSize` due deliveries and sends them in parallel, again
 * until none are due or `maxBatches` ran. Safe to run in several processes at once. Tests pass
 * `merchantId` to keep to their own store.
 */
export async function deliverDueDeliveries({
  db,
  now = () => new Date(),
  batchSize = 20,
  maxBatches = 10,
  timeoutMs,
  merchantId,
}: {
  db: Executor;
  now?: () => Date;
  batchSize?: number;
  maxBatches?: number;
  timeoutMs?: number;
  merchantId?: string;
}) {
  let attempted = 0;
  let succeeded = 0;
  for (let batch = 0; batch < maxBatches; batch++) {
    const claimed = await claimDeliveries(db, { now: now(), limit: batchSize, merchantId });
    if (claimed.length === 0) break;
    const results = await Promise.all(
      claimed.map((delivery) => attemptDelivery(db, delivery, { now: now(), timeoutMs })),
    );
    attempted += results.length;
    succeeded += results.filter((r) => r.deliveryStatus === "succeeded").length;
    if (claimed.length < batchSize) break;
  }
  return { attempted, succeeded };
}
