import type { ServiceContext } from "../context";
import { CampaignId } from "./campaign-input";
import { summarizeCampaign } from "./summarize-campaign";

/** The campaign with its results, for its page. */
export async function getCampaign({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { campaignId: string };
}) {
  const { campaign, ...results } = await summarizeCampaign({
    ctx,
    input: CampaignId.parse(input),
  });
  return { campaign, results };
}
