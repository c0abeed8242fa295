import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/database";
import { campaignMessages, members } from "@/db/schema";
import type { CampaignTrigger } from "@/db/schema/campaigns";
import type { ProgramConfigInput } from "@/server/engine";
import { runCampaigns } from "@/server/jobs/run-campaigns";
import type { CampaignInput } from "@/server/services/campaigns/campaign-input";
import { createCampaign } from "@/server/services/campaigns/save-campaign";
import { setCampaignStatus } from "@/server/services/campaigns/set-campaign-status";
import { updateMessagingSettings } from "@/server/services/campaigns/update-messaging-settings";
import type { ServiceContext } from "@/server/services/context";
import { upsertMember } from "@/server/services/integration/upsert-member";
import { createLoyaltyStore } from "./loyalty-fixtures";
import { startSmtpListener } from "./smtp-listener";

/** Points the store at an in-process SMTP listener; no quiet hours unless asked. */
export async function configureSmtp(
  ctx: ServiceContext,
  port: number,
  rules: { frequencyCap?: number; quietStartMinute?: number; quietEndMinute?: number } = {},
) {
  await updateMessagingSettings({
    ctx,
    input: {
      smtpHost: "127.0.0.1",
      smtpPort: port,
      smtpSecure: false,
      smtpUser: "shop",
      smtpPassword: "smtp-pass",
      fromAddress: '"Test store" <shop@example.com>',
      webhookUrl: null,
      frequencyCap: rules.frequencyCap ?? 2,
      frequencyWindowDays: 7,
      quietStartMinute: rules.quietStartMinute ?? 0,
      quietEndMinute: rules.quietEndMinute ?? 0,
    },
  });
}

export async function addBuyer(
  ctx: ServiceContext,
  profile: { name?: string; birthday?: string; hasConsent?: boolean; joinedAt?: Date } = {},
) {
  const externalId = `buyer-${randomUUID()}`;
  const { member } = await upsertMember({
    ctx,
    input: {
      idempotencyKey: randomUUID(),
      externalId,
      name: profile.name ?? "Ирина",
      email: `${externalId}@example.com`,
      birthday: profile.birthday,
      emailConsent: profile.hasConsent ?? true,
    },
  });
  const ofBuyer = and(eq(members.merchantId, ctx.merchantId), eq(members.externalId, externalId));
  if (profile.joinedAt) {
    await ctx.db.update(members).set({ joinedAt: profile.joinedAt }).where(ofBuyer);
  }
  const [row] = await ctx.db.select({ id: members.id }).from(members).where(ofBuyer);
  if (!row) throw new Error("no member");
  return { id: row.id, externalId, email: member.email ?? "" };
}

const template = (subject: string, body: string) => ({
  ru: { subject, body, second: { subject: `Второй шаг: ${subject}`, body } },
  en: { subject, body, second: { subject: `Second step: ${subject}`, body } },
});

export async function addCampaign(
  ctx: ServiceContext,
  trigger: CampaignTrigger,
  overrides: Partial<CampaignInput> = {},
  now = new Date(),
) {
  const { campaignId } = await createCampaign({
    ctx,
    input: {
      name: `${trigger} campaign`,
      trigger,
      templates: template("{{name}}, привет", "Баланс: {{balance}}. {{personalOffer}}"),
      ...overrides,
    },
  });
  if (trigger !== "manual") {
    await setCampaignStatus({ ctx, input: { campaignId, status: "active" }, now });
  }
  return campaignId;
}

/** A loyalty store sending through its own in-process SMTP listener; `run` is its campaign job. */
export async function startSmtpStore(
  db: Db,
  closers: (() => Promise<void>)[],
  options: { config?: ProgramConfigInput; rules?: Parameters<typeof configureSmtp>[2] } = {},
) {
  const { ctx } = await createLoyaltyStore(db, options.config);
  const smtp = await startSmtpListener();
  closers.push(smtp.close);
  await configureSmtp(ctx, smtp.port, options.rules);
  const run = (now: Date) => runCampaigns({ db, now, merchantId: ctx.merchantId });
  return { ctx, smtp, run };
}

export function readOutbox(ctx: ServiceContext, campaignId: string) {
  return ctx.db
    .select()
    .from(campaignMessages)
    .where(
      and(
        eq(campaignMessages.merchantId, ctx.merchantId),
        eq(campaignMessages.campaignId, campaignId),
      ),
    );
}
