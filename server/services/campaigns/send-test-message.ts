import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/database";
import { campaignMessages } from "@/db/schema";
import type { ServiceContext } from "../context";
import { findMember } from "../members/find-member";
import { deliverMessage } from "./deliver-message";
import { findCampaign } from "./find-campaign";
import { PreviewMessageInput } from "./preview-message";

export const SendTestMessageInput = PreviewMessageInput.extend({
  to: z.string().trim().min(3, { error: "Enter where to send the test" }).max(320),
});

/**
 * Sends the campaign's message, filled in for a real member, to an address staff type in.
 * It shows in the outbox marked as a test and counts toward no cap or result.
 */
export async function sendTestMessage({
  ctx,
  input,
  now = new Date(),
}: {
  ctx: ServiceContext;
  input: z.input<typeof SendTestMessageInput>;
  now?: Date;
}) {
  const { campaignId, memberId, step, to } = SendTestMessageInput.parse(input);
  const campaign = await findCampaign(ctx.db, ctx.merchantId, campaignId);
  await findMember({ ctx, ref: { memberId } });
  const [message] = await ctx.db
    .insert(campaignMessages)
    .values({
      merchantId: ctx.merchantId,
      campaignId,
      memberId,
      occurrence: `test:${randomUUID()}`,
      step,
      isTest: true,
      channel: campaign.channel,
      isMarketing: !campaign.isTransactional,
      recipient: to,
      dueAt: now,
    })
    .returning({ id: campaignMessages.id });
  if (!message) throw new Error("Test message was not queued");
  await deliverMessage(ctx.db as Db, { merchantId: ctx.merchantId, id: message.id }, now);
  const [result] = await ctx.db
    .select({ status: campaignMessages.status, reason: campaignMessages.reason })
    .from(campaignMessages)
    .where(
      and(eq(campaignMessages.merchantId, ctx.merchantId), eq(campaignMessages.id, message.id)),
    );
  return {
    messageId: message.id,
    status: result?.status ?? "queued",
    reason: result?.reason ?? null,
  };
}
