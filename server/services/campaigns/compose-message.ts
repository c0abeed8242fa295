import { eq } from "drizzle-orm";
import { merchants } from "@/db/schema";
import type { CampaignTemplates } from "@/db/schema/campaigns";
import { env } from "@/server/env";
import type { ServiceContext } from "../context";
import { getMember } from "../members/get-member";
import { listActiveVersions } from "../programs/list-active-versions";
import { describeInvite } from "../widget/describe-invite";
import { findPreviousTier } from "./find-previous-tier";
import { signMessageToken } from "./message-token";
import { renderTemplate, type TemplateValues } from "./render-template";

export type ComposeInput = {
  templates: CampaignTemplates;
  step: number;
  memberId: string;
  /** Values fixed when the message was queued: expiringPoints, expiresAt (ISO), tier ids. */
  data: Record<string, string>;
  offer: string | undefined;
};

/** The member's values for the template, in the store's language, zone and number format. */
export async function composeMessage(ctx: ServiceContext, input: ComposeInput, now: Date) {
  const [store] = await ctx.db
    .select({ locale: merchants.locale, timezone: merchants.timezone })
    .from(merchants)
    .where(eq(merchants.id, ctx.merchantId));
  const locale: "ru" | "en" = store?.locale === "en" ? "en" : "ru";
  const timezone = store?.timezone ?? "UTC";
  const { member, balance, tier, expiring } = await getMember({
    ctx,
    input: { memberId: input.memberId },
    now,
  });
  const number = new Intl.NumberFormat(locale);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: timezone });
  const language = input.templates[locale];
  const template = input.step === 2 && language.second ? language.second : language;
  const levelName = (id: string) => tier?.levels.find((l) => l.id === id)?.name ?? id;
  const soonest = expiring.find((lot) => lot.wallet === "points");
  const expiresAt = input.data.expiresAt ? new Date(input.data.expiresAt) : soonest?.expiresAt;
  const values: TemplateValues = {
    name: member.name ?? "",
    balance: number.format(balance.available),
    expiringPoints: number.format(Number(input.data.expiringPoints ?? soonest?.remaining ?? 0)),
    expiryDate: expiresAt ? date.format(expiresAt) : "",
    tier: input.data.tier === undefined ? (tier?.current?.name ?? "") : levelName(input.data.tier),
    previousTier: levelName(input.data.previousTier ?? (await findLeftTier(ctx, input, template))),
    referralLink: await findReferralLink(ctx, input.memberId, template),
    personalOffer: input.offer ?? "",
  };
  return {
    locale,
    member,
    subject: renderTemplate(template.subject, values),
    body: renderTemplate(template.body, values),
  };
}

export const unsubscribeUrl = (merchantId: string, memberId: string, channel: string) =>
  `${env.APP_URL}/unsubscribe/${signMessageToken("unsubscribe", [merchantId, memberId, channel])}`;

export const openPixelUrl = (merchantId: string, messageId: string) =>
  `${env.APP_URL}/api/messages/open/${signMessageToken("open", [merchantId, messageId])}`;

/** Outside a tier change (a preview, another trigger): the level left at the latest move. */
async function findLeftTier(
  ctx: ServiceContext,
  input: ComposeInput,
  template: { subject: string; body: string },
) {
  if (!/\{\{\s*previousTier\s*\}\}/.test(`${template.subject}${template.body}`)) return "";
  return (await findPreviousTier(ctx, input.memberId)) ?? "";
}

/** The member's invite link, made (with its code) only for a template that shows it. */
async function findReferralLink(
  ctx: ServiceContext,
  memberId: string,
  template: { subject: string; body: string },
) {
  if (!`${template.subject}${template.body}`.includes("{{referralLink}}")) return "";
  const invite = await describeInvite(ctx, memberId, await listActiveVersions({ ctx }));
  return invite?.link ?? "";
}
