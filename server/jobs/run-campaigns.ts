import { and, eq, ne } from "drizzle-orm";
import type { Db } from "@/db/database";
import { campaigns, merchants } from "@/db/schema";
import { deliverDueMessages } from "@/server/services/campaigns/deliver-due-messages";
import { queueTriggerMessages } from "@/server/services/campaigns/queue-trigger-messages";

/**
 * Queues what each active trigger owes, then sends what is due. Safe on several instances at
 * once: queueing is ON CONFLICT DO NOTHING on (campaign, member, occurrence), sending SKIP LOCKED.
 */
export async function runCampaigns({
  db,
  now = new Date(),
  merchantId,
}: {
  db: Db;
  now?: Date;
  merchantId?: string;
}) {
  const active = await db
    .select({ campaign: campaigns, timezone: merchants.timezone })
    .from(campaigns)
    .innerJoin(merchants, eq(merchants.id, campaigns.merchantId))
    .where(
      and(
        eq(campaigns.status, "active"),
        ne(campaigns.trigger, "manual"),
        merchantId ? eq(campaigns.merchantId, merchantId) : undefined,
      ),
    );
  let queued = 0;
  for (const { campaign, timezone } of active) {
    queued += await queueTriggerMessages(db, campaign, { now, timezone });
  }
  const delivered = await deliverDueMessages({ db, now, merchantId });
  return { queued, ...delivered };
}
