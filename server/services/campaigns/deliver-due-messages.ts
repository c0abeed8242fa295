import { and, asc, eq, lt, lte } from "drizzle-orm";
import type { Db } from "@/db/database";
import { campaignMessages } from "@/db/schema";
import { type DeliveryResult, deliverMessage } from "./deliver-message";

/** A message left `sending` this long was interrupted mid-send (a crash, a kill). */
const interruptedAfterMs = 10 * 60_000;

/**
 * Sends what is due. Several instances may run this at once: each message is decided under
 * a SKIP LOCKED row lock and leaves `queued` before it is sent, so it goes out once.
 */
export async function deliverDueMessages({
  db,
  now = new Date(),
  merchantId,
  limit = 200,
}: {
  db: Db;
  now?: Date;
  merchantId?: string;
  limit?: number;
}) {
  const ofStore = merchantId ? eq(campaignMessages.merchantId, merchantId) : undefined;
  // Marketing must not arrive twice: an interrupted send is reported, not retried.
  await db
    .update(campaignMessages)
    .set({
      status: "failed",
      reason: "Interrupted while sending; not retried to avoid a duplicate",
    })
    .where(
      and(
        ofStore,
        eq(campaignMessages.status, "sending"),
        lt(campaignMessages.sentAt, new Date(now.getTime() - interruptedAfterMs)),
      ),
    );
  const due = await db
    .select({ merchantId: campaignMessages.merchantId, id: campaignMessages.id })
    .from(campaignMessages)
    .where(and(ofStore, eq(campaignMessages.status, "queued"), lte(campaignMessages.dueAt, now)))
    .orderBy(asc(campaignMessages.dueAt))
    .limit(limit);
  const results: Record<DeliveryResult, number> = {
    sent: 0,
    failed: 0,
    retry: 0,
    skipped: 0,
    waiting: 0,
    taken: 0,
  };
  for (const ref of due) results[await deliverMessage(db, ref, now)] += 1;
  return results;
}
