import { and, eq } from "drizzle-orm";
import type { Executor } from "@/db/database";
import { campaigns } from "@/db/schema";
import { NotFound } from "@/server/errors";

export type Campaign = typeof campaigns.$inferSelect;

/** One campaign of this store; another store's id is simply not found. */
export async function findCampaign(
  db: Executor,
  merchantId: string,
  campaignId: string,
): Promise<Campaign> {
  const [campaign] = await db
    .select()
    .from(campaigns)
    .where(and(eq(campaigns.merchantId, merchantId), eq(campaigns.id, campaignId)));
  if (!campaign) throw new NotFound("Campaign not found");
  return campaign;
}
