import { desc, eq } from "drizzle-orm";
import { campaigns } from "@/db/schema";
import type { ServiceContext } from "../context";

export async function listCampaigns({ ctx }: { ctx: ServiceContext }) {
  return ctx.db
    .select({
      id: campaigns.id,
      name: campaigns.name,
      trigger: campaigns.trigger,
      channel: campaigns.channel,
      status: campaigns.status,
      isTransactional: campaigns.isTransactional,
      createdAt: campaigns.createdAt,
    })
    .from(campaigns)
    .where(eq(campaigns.merchantId, ctx.merchantId))
    .orderBy(desc(campaigns.createdAt));
}
