import { and, eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "@/db/database";
import { webhookDeliveries, webhookEndpoints, webhookEvents } from "@/db/schema/webhooks";
import { rowsOf } from "../ledger/rows-of";

/** Longer than the request timeout: a worker that dies mid-request is retried after this. */
const leaseMs = 60_000;

export type ClaimedDelivery = {
  merchantId: string;
  id: string;
  endpointId: string;
  eventType: string;
  attempts: number;
  payload: unknown;
  url: string;
  sealedSecret: string;
  isActive: boolean;
};

/**
 * Takes due deliveries for one attempt each: counts the attempt and moves next_attempt_at past
 * the lease, in one statement with SKIP LOCKED, so several workers never take the same one.
 */
export async function claimDeliveries(
  db: Executor,
  { now, limit, merchantId, id }: { now: Date; limit: number; merchantId?: string; id?: string },
): Promise<ClaimedDelivery[]> {
  const filter = sql.join(
    [
      merchantId === undefined ? sql`` : sql`and merchant_id = ${merchantId}`,
      id === undefined ? sql`` : sql`and id = ${id}`,
    ],
    sql` `,
  );
  const claimed = rowsOf<{ merchant_id: string; id: string }>(
    await db.execute(sql`
      with due as (
        select merchant_id, id from webhook_deliveries
        where status = 'queued' and next_attempt_at <= ${now.toISOString()} ${filter}
        order by next_attempt_at
        limit ${limit}
        for update skip locked
      )
      update webhook_deliveries d
      set attempts = d.attempts + 1,
        next_attempt_at = ${new Date(now.getTime() + leaseMs).toISOString()}
      from due where d.merchant_id = due.merchant_id and d.id = due.id
      returning d.merchant_id, d.id`),
  );
  if (claimed.length === 0) return [];
  return db
    .select({
      merchantId: webhookDeliveries.merchantId,
      id: webhookDeliveries.id,
      endpointId: webhookDeliveries.endpointId,
      eventType: webhookDeliveries.eventType,
      attempts: webhookDeliveries.attempts,
      payload: webhookEvents.payload,
      url: webhookEndpoints.url,
      sealedSecret: webhookEndpoints.sealedSecret,
      isActive: webhookEndpoints.isActive,
    })
    .from(webhookDeliveries)
    .innerJoin(
      webhookEvents,
      and(
        eq(webhookEvents.merchantId, webhookDeliveries.merchantId),
        eq(webhookEvents.id, webhookDeliveries.eventId),
      ),
    )
    .innerJoin(
      webhookEndpoints,
      and(
        eq(webhookEndpoints.merchantId, webhookDeliveries.merchantId),
        eq(webhookEndpoints.id, webhookDeliveries.endpointId),
      ),
    )
    .where(
      inArray(
        sql`(${webhookDeliveries.merchantId}, ${webhookDeliveries.id})`,
        claimed.map((c) => sql`(${c.merchant_id}, ${c.id}::uuid)`),
      ),
    );
}
