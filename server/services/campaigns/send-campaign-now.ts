import { randomUUID } from "node:crypto";
import { campaignMessages, memberBalances, members } from "@/db/schema";
import { InvalidInput } from "@/server/errors";
import { recordAudit } from "../audit/record-audit";
import type { ServiceContext } from "../context";
import { balanceJoin } from "../members/list-members";
import { buildMemberWhere, MemberFilter } from "../members/member-filter";
import { getStoreTimezone } from "../settings/get-store-timezone";
import { CampaignId } from "./campaign-input";
import { findCampaign } from "./find-campaign";

const chunk = 1000;

/**
 * Queues a manual campaign for every member its segment selects (the members list filter),
 * as one run: the scheduler then sends them under the same consent, cap and quiet hours.
 */
export async function sendCampaignNow({
  ctx,
  input,
  now = new Date(),
}: {
  ctx: ServiceContext;
  input: { campaignId: string };
  now?: Date;
}) {
  const { campaignId } = CampaignId.parse(input);
  const campaign = await findCampaign(ctx.db, ctx.merchantId, campaignId);
  if (campaign.trigger !== "manual") {
    throw new InvalidInput("Only a manual campaign is sent by hand; activate a triggered one");
  }
  const timezone = await getStoreTimezone(ctx.db, ctx.merchantId);
  const filter = { ...MemberFilter.parse(campaign.params.filter ?? {}), isBlocked: "no" as const };
  const where = buildMemberWhere(ctx.merchantId, filter, { now, timezone });
  const run = `run:${randomUUID()}`;
  return ctx.db.transaction(async (tx) => {
    const ids = await tx
      .select({ id: members.id })
      .from(members)
      .innerJoin(memberBalances, balanceJoin)
      .where(where);
    for (let i = 0; i < ids.length; i += chunk) {
      await tx
        .insert(campaignMessages)
        .values(
          ids.slice(i, i + chunk).map(({ id }) => ({
            merchantId: ctx.merchantId,
            campaignId,
            memberId: id,
            occurrence: run,
            channel: campaign.channel,
            isMarketing: !campaign.isTransactional,
            dueAt: now,
          })),
        )
        .onConflictDoNothing();
    }
    await recordAudit(tx, ctx.merchantId, ctx.actor, {
      action: "campaign.sent",
      entity: "campaign",
      entityId: campaignId,
      after: { members: ids.length, filter },
    });
    return { queued: ids.length };
  });
}
