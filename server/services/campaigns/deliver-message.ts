import { and, eq, lte, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/database";
import { campaignMessages, members, merchants } from "@/db/schema";
import { jobActor } from "@/server/jobs/job-actor";
import type { ServiceContext } from "../context";
import { checkBuyerRules } from "./check-buyer-rules";
import { composeMessage, openPixelUrl, unsubscribeUrl } from "./compose-message";
import { findCampaign } from "./find-campaign";
import { loadMessagingSettings, type MessagingSettings } from "./get-messaging-settings";
import { grantCampaignBonus } from "./grant-campaign-bonus";
import { postMessageWebhook } from "./post-message-webhook";
import { toEmailHtml } from "./render-template";
import { type SendOutcome, sendEmail } from "./send-email";

export type DeliveryResult = "sent" | "failed" | "retry" | "skipped" | "waiting" | "taken";
type Message = typeof campaignMessages.$inferSelect;
type Ready = {
  message: Message;
  settings: MessagingSettings;
  send: () => Promise<SendOutcome>;
};

const maxAttempts = 3;
const retryDelayMs = 5 * 60_000;
const unsubscribeLabel = { ru: "Отписаться от рассылки", en: "Unsubscribe" };

/**
 * One queued message: decided under the message's and the member's row locks (SKIP LOCKED on
 * the message, so a second worker passes it by), marked `sending`, then sent outside the
 * transaction. A failed send is retried a few times with a delay, then left `failed`.
 */
export async function deliverMessage(
  db: Db,
  ref: { merchantId: string; id: string },
  now: Date,
): Promise<DeliveryResult> {
  const decided = await db.transaction((tx) => decide(tx, ref, now));
  if (typeof decided === "string") return decided;
  const outcome = await decided.send();
  const where = and(
    eq(campaignMessages.merchantId, ref.merchantId),
    eq(campaignMessages.id, ref.id),
  );
  if (outcome.isSent) {
    await db.update(campaignMessages).set({ status: "sent", reason: null }).where(where);
    return "sent";
  }
  const isFinal = decided.message.attempts + 1 >= maxAttempts || decided.message.isTest;
  await db
    .update(campaignMessages)
    .set(
      isFinal
        ? { status: "failed", reason: outcome.error }
        : {
            status: "queued",
            reason: outcome.error,
            sentAt: null,
            dueAt: new Date(now.getTime() + retryDelayMs * (decided.message.attempts + 1)),
          },
    )
    .where(where);
  return isFinal ? "failed" : "retry";
}

async function decide(
  tx: Tx,
  ref: { merchantId: string; id: string },
  now: Date,
): Promise<Ready | DeliveryResult> {
  const where = and(
    eq(campaignMessages.merchantId, ref.merchantId),
    eq(campaignMessages.id, ref.id),
  );
  const [message] = await tx
    .select()
    .from(campaignMessages)
    .where(and(where, eq(campaignMessages.status, "queued"), lte(campaignMessages.dueAt, now)))
    .for("update", { skipLocked: true });
  if (!message) return "taken";
  const skip = async (reason: string) => {
    await tx.update(campaignMessages).set({ status: "skipped", reason }).where(where);
    return "skipped" as const;
  };
  const campaign = await findCampaign(tx, ref.merchantId, message.campaignId);
  const [member] = await tx
    .select()
    .from(members)
    .where(and(eq(members.merchantId, ref.merchantId), eq(members.id, message.memberId)))
    .for("update");
  if (!member) return skip("The member no longer exists");
  const [store] = await tx
    .select({ timezone: merchants.timezone })
    .from(merchants)
    .where(eq(merchants.id, ref.merchantId));
  const settings = await loadMessagingSettings(tx, ref.merchantId);
  if (!message.isTest) {
    if (campaign.status === "paused") return skip("The campaign is paused");
    if (member.isBlocked) return skip("The member is blocked");
  }
  const recipient = message.isTest
    ? message.recipient
    : message.channel === "email"
      ? member.email
      : member.phone;
  if (!recipient) return skip(message.channel === "email" ? "No email address" : "No phone number");
  if (message.isMarketing && !message.isTest) {
    const verdict = await checkBuyerRules(tx, {
      member,
      channel: message.channel,
      settings,
      timezone: store?.timezone ?? "UTC",
      now,
    });
    if (verdict.kind === "skip") return skip(verdict.reason);
    if (verdict.kind === "wait") {
      await tx
        .update(campaignMessages)
        .set({ dueAt: verdict.until, reason: verdict.reason })
        .where(where);
      return "waiting";
    }
  }
  const ctx: ServiceContext = {
    merchantId: ref.merchantId,
    actor: jobActor("run-campaigns"),
    db: tx,
  };
  if (!message.isTest) {
    await grantCampaignBonus(ctx, {
      campaign,
      messageId: message.id,
      memberId: member.id,
      step: message.step,
      now,
    });
  }
  const composed = await composeMessage(
    ctx,
    {
      templates: campaign.templates,
      step: message.step,
      memberId: member.id,
      data: message.data,
      offer: campaign.params.offer,
    },
    now,
  );
  await tx
    .update(campaignMessages)
    .set({
      status: "sending",
      sentAt: now,
      attempts: sql`${campaignMessages.attempts} + 1`,
      recipient,
      subject: composed.subject,
      body: composed.body,
    })
    .where(where);
  const unsubscribe = message.isMarketing
    ? unsubscribeUrl(ref.merchantId, member.id, message.channel)
    : undefined;
  const send =
    message.channel === "email"
      ? () =>
          sendEmail(settings, {
            to: recipient,
            subject: composed.subject,
            text: unsubscribe
              ? `${composed.body}\n\n${unsubscribeLabel[composed.locale]}: ${unsubscribe}`
              : composed.body,
            html: toEmailHtml(composed.body, {
              unsubscribeUrl: unsubscribe,
              unsubscribeLabel: unsubscribeLabel[composed.locale],
              pixelUrl: message.isTest ? undefined : openPixelUrl(ref.merchantId, message.id),
            }),
            unsubscribeUrl: unsubscribe,
          })
      : () =>
          postMessageWebhook(
            settings,
            {
              messageId: message.id,
              to: {
                phone: message.isTest ? recipient : member.phone,
                email: member.email,
                externalId: member.externalId,
                name: member.name,
              },
              text: unsubscribe ? `${composed.body}\n${unsubscribe}` : composed.body,
              isMarketing: message.isMarketing,
              locale: composed.locale,
            },
            now,
          );
  return { message, settings, send };
}
