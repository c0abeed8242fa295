import { and, count, eq, gt, inArray } from "drizzle-orm";
import type { Executor } from "@/db/database";
import { campaignMessages, type MessageChannel, type members } from "@/db/schema";
import type { MessagingSettings } from "./get-messaging-settings";
import { findSendTime } from "./quiet-hours";

type Member = typeof members.$inferSelect;
export type RuleVerdict =
  | { kind: "send" }
  | { kind: "skip"; reason: string }
  | { kind: "wait"; until: Date; reason: string };

/**
 * Consent, quiet hours and the frequency cap, for a marketing message. The caller holds the
 * member's row lock, so two workers never both squeeze under the cap.
 */
export async function checkBuyerRules(
  db: Executor,
  input: {
    member: Member;
    channel: MessageChannel;
    settings: MessagingSettings;
    timezone: string;
    now: Date;
  },
): Promise<RuleVerdict> {
  const { member, channel, settings, now } = input;
  const hasConsent = channel === "email" ? member.emailConsent : member.smsConsent;
  if (!hasConsent) {
    return {
      kind: "skip",
      reason: `No marketing consent for ${channel === "email" ? "email" : "SMS"}`,
    };
  }
  const sendAt = findSendTime(now, input.timezone, {
    startMinute: settings.quietStartMinute,
    endMinute: settings.quietEndMinute,
  });
  if (sendAt > now)
    return { kind: "wait", until: sendAt, reason: "Waiting for quiet hours to end" };
  const since = new Date(now.getTime() - settings.frequencyWindowDays * 86_400_000);
  const [recent] = await db
    .select({ n: count() })
    .from(campaignMessages)
    .where(
      and(
        eq(campaignMessages.merchantId, member.merchantId),
        eq(campaignMessages.memberId, member.id),
        eq(campaignMessages.isMarketing, true),
        eq(campaignMessages.isTest, false),
        inArray(campaignMessages.status, ["sending", "sent"]),
        gt(campaignMessages.sentAt, since),
      ),
    );
  if ((recent?.n ?? 0) >= settings.frequencyCap) {
    return {
      kind: "skip",
      reason: `Frequency cap: ${settings.frequencyCap} marketing messages in ${settings.frequencyWindowDays} days`,
    };
  }
  return { kind: "send" };
}
