import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { campaigns } from "@/db/schema";
import { InvalidInput } from "@/server/errors";
import { recordAudit } from "../audit/record-audit";
import type { ServiceContext } from "../context";
import { findCampaign } from "./find-campaign";

export const SetCampaignStatusInput = z.object({
  campaignId: z.uuid(),
  status: z.enum(["active", "paused"]),
});

/**
 * Activation starts the trigger from now on: a welcome goes to members who join after it (or
 * after a re-activation), never to the whole existing base. A manual campaign is sent instead.
 */
export async function setCampaignStatus({
  ctx,
  input,
  now = new Date(),
}: {
  ctx: ServiceContext;
  input: z.input<typeof SetCampaignStatusInput>;
  now?: Date;
}) {
  const { campaignId, status } = SetCampaignStatusInput.parse(input);
  return ctx.db.transaction(async (tx) => {
    const campaign = await findCampaign(tx, ctx.merchantId, campaignId);
    if (campaign.trigger === "manual") {
      throw new InvalidInput("A manual campaign is not activated: send it to its segment");
    }
    await tx
      .update(campaigns)
      .set({ status, activatedAt: status === "active" ? now : campaign.activatedAt })
      .where(and(eq(campaigns.merchantId, ctx.merchantId), eq(campaigns.id, campaignId)));
    await recordAudit(tx, ctx.merchantId, ctx.actor, {
      action: `campaign.${status === "active" ? "activated" : "paused"}`,
      entity: "campaign",
      entityId: campaignId,
    });
    return { campaignId, status };
  });
}
