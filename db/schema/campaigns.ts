import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

export * from "./campaign-types";

import type { CampaignParams, CampaignTemplates } from "./campaign-types";
import {
  campaignStatuses,
  campaignTriggers,
  messageChannels,
  messageStatuses,
} from "./campaign-types";
import { createdAt, merchantId, updatedAt } from "./columns";
import { members } from "./members";
import { merchants } from "./merchants";

// Per store: SMTP (password sealed, never shown back), the SMS/messenger webhook, and the rules
// that protect the buyer (frequency cap, quiet hours in the store's zone).
export const messagingSettings = pgTable("messaging_settings", {
  merchantId: merchantId()
    .primaryKey()
    .references(() => merchants.id, { onDelete: "cascade" }),
  smtpHost: text(),
  smtpPort: integer().notNull().default(587),
  smtpSecure: boolean().notNull().default(false),
  smtpUser: text(),
  sealedSmtpPassword: text(),
  fromAddress: text(),
  webhookUrl: text(),
  sealedWebhookSecret: text(),
  frequencyCap: integer().notNull().default(2),
  frequencyWindowDays: integer().notNull().default(7),
  /** Minutes after local midnight; start > end wraps past midnight (21:00–09:00). */
  quietStartMinute: integer()
    .notNull()
    .default(21 * 60),
  quietEndMinute: integer()
    .notNull()
    .default(9 * 60),
  updatedAt: updatedAt(),
});

export const campaigns = pgTable(
  "campaigns",
  {
    merchantId: merchantId().references(() => merchants.id, { onDelete: "cascade" }),
    id: uuid().notNull().defaultRandom(),
    name: text().notNull(),
    trigger: text({ enum: campaignTriggers }).notNull(),
    channel: text({ enum: messageChannels }).notNull().default("email"),
    isTransactional: boolean().notNull().default(false),
    status: text({ enum: campaignStatuses }).notNull().default("draft"),
    params: jsonb().$type<CampaignParams>().notNull().default({}),
    templates: jsonb().$type<CampaignTemplates>().notNull(),
    activatedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ name: "campaigns_merchant_id_id_pk", columns: [t.merchantId, t.id] }),
    index("campaigns_status_idx").on(t.status).where(sql`status = 'active'`),
  ],
);

// The outbox: one row per (campaign, member, occurrence), so a trigger firing twice, or two
// schedulers at once, queue one message. Test sends use an occurrence "test:<uuid>".
export const campaignMessages = pgTable(
  "campaign_messages",
  {
    merchantId: merchantId(),
    id: uuid().notNull().defaultRandom(),
    campaignId: uuid().notNull(),
    memberId: uuid().notNull(),
    occurrence: text().notNull(),
    step: integer().notNull().default(1),
    isTest: boolean().notNull().default(false),
    channel: text({ enum: messageChannels }).notNull(),
    isMarketing: boolean().notNull(),
    status: text({ enum: messageStatuses }).notNull().default("queued"),
    dueAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    attempts: integer().notNull().default(0),
    recipient: text(),
    subject: text(),
    body: text(),
    /** Why it was skipped, or the last error when it failed. */
    reason: text(),
    /** Extra values for the template ({{expiringPoints}}, {{expiryDate}}). */
    data: jsonb().$type<Record<string, string>>().notNull().default({}),
    sentAt: timestamp({ withTimezone: true }),
    openedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ name: "campaign_messages_merchant_id_id_pk", columns: [t.merchantId, t.id] }),
    foreignKey({
      name: "campaign_messages_campaign_fk",
      columns: [t.merchantId, t.campaignId],
      foreignColumns: [campaigns.merchantId, campaigns.id],
    }).onDelete("cascade"),
    foreignKey({
      name: "campaign_messages_member_fk",
      columns: [t.merchantId, t.memberId],
      foreignColumns: [members.merchantId, members.id],
    }).onDelete("cascade"),
    uniqueIndex("campaign_messages_merchant_id_campaign_id_member_id_occurrence_idx").on(
      t.merchantId,
      t.campaignId,
      t.memberId,
      t.occurrence,
    ),
    check(
      "campaign_messages_status_check",
      sql`status in ('queued', 'sending', 'sent', 'failed', 'skipped')`,
    ),
    index("campaign_messages_due_at_idx").on(t.dueAt).where(sql`status = 'queued'`),
    index("campaign_messages_merchant_id_member_id_sent_at_idx").on(
      t.merchantId,
      t.memberId,
      t.sentAt,
    ),
    index("campaign_messages_merchant_id_created_at_idx").on(t.merchantId, t.createdAt),
  ],
);
