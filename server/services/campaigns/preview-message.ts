import { z } from "zod";
import type { ServiceContext } from "../context";
import { CampaignId } from "./campaign-input";
import { composeMessage } from "./compose-message";
import { findCampaign } from "./find-campaign";

export const PreviewMessageInput = CampaignId.extend({
  memberId: z.uuid({ error: "Choose a member" }),
  step: z.union([z.literal(1), z.literal(2)]).default(1),
});

/** The message exactly as this member would get it now, in the store's language. */
export async function previewMessage({
  ctx,
  input,
  now = new Date(),
}: {
  ctx: ServiceContext;
  input: z.input<typeof PreviewMessageInput>;
  now?: Date;
}) {
  const { campaignId, memberId, step } = PreviewMessageInput.parse(input);
  const campaign = await findCampaign(ctx.db, ctx.merchantId, campaignId);
  const composed = await composeMessage(
    ctx,
    { templates: campaign.templates, step, memberId, data: {}, offer: campaign.params.offer },
    now,
  );
  return {
    locale: composed.locale,
    subject: composed.subject,
    body: composed.body,
    member: {
      id: composed.member.id,
      name: composed.member.name,
      email: composed.member.email,
      phone: composed.member.phone,
    },
  };
}
