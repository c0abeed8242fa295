import { eq } from "drizzle-orm";
import type { Executor } from "@/db/database";
import { messagingSettings } from "@/db/schema";
import type { ServiceContext } from "../context";

export type MessagingSettings = typeof messagingSettings.$inferSelect;

/** The stored row, or the defaults for a store that never saved any. */
export async function loadMessagingSettings(
  db: Executor,
  merchantId: string,
): Promise<MessagingSettings> {
  const [row] = await db
    .select()
    .from(messagingSettings)
    .where(eq(messagingSettings.merchantId, merchantId));
  return (
    row ?? {
      merchantId,
      smtpHost: null,
      smtpPort: 587,
      smtpSecure: false,
      smtpUser: null,
      sealedSmtpPassword: null,
      fromAddress: null,
      webhookUrl: null,
      sealedWebhookSecret: null,
      frequencyCap: 2,
      frequencyWindowDays: 7,
      quietStartMinute: 21 * 60,
      quietEndMinute: 9 * 60,
      updatedAt: new Date(0),
    }
  );
}

/** What the admin sees: secrets are never sent back, only whether one is set. */
export async function getMessagingSettings({ ctx }: { ctx: ServiceContext }) {
  const {
    sealedSmtpPassword,
    sealedWebhookSecret,
    updatedAt: _,
    ...rest
  } = await loadMessagingSettings(ctx.db, ctx.merchantId);
  return {
    ...rest,
    hasSmtpPassword: sealedSmtpPassword !== null,
    hasWebhookSecret: sealedWebhookSecret !== null,
  };
}
