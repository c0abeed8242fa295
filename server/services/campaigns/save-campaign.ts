import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import { campaigns } from "@/db/schema";
import { recordAudit } from "../audit/record-audit";
import type { ServiceContext } from "../context";
import { CampaignInput, UpdateCampaignInput } from "./campaign-input";
import { findCampaign } from "./find-campaign";

/** A new campaign starts as a draft: nothing is sent until it is activated. */
export async function createCampaign({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: CampaignInput;
}) {
  const campaign = CampaignInput.parse(input);
  return ctx.db.transaction(async (tx) => {
    const [created] = await tx
      .insert(campaigns)
      .values({ merchantId: ctx.merchantId, ...campaign })
      .returning({ id: campaigns.id });
    if (!created) throw new Error("Campaign was not saved");
    await recordAudit(tx, ctx.merchantId, ctx.actor, {
      action: "campaign.created",
      entity: "campaign",
      entityId: created.id,
      after: campaign,
    });
    return { campaignId: created.id };
  });
}

export async function updateCampaign({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: z.input<typeof UpdateCampaignInput>;
}) {
  const { campaignId, campaign } = UpdateCampaignInput.parse(input);
  return ctx.db.transaction(async (tx) => {
    const before = await findCampaign(tx, ctx.merchantId, campaignId);
    await tx
      .update(campaigns)
      .set(campaign)
      .where(and(eq(campaigns.merchantId, ctx.merchantId), eq(campaigns.id, campaignId)));
    await recordAudit(tx, ctx.merchantId, ctx.actor, {
      action: "campaign.updated",
      entity: "campaign",
      entityId: campaignId,
      before: { name: before.name, params: before.params, templates: before.templates },
      after: campaign,
    });
    return { campaignId };
  });
}
