import { messagingSettings } from "@/db/schema";
import { sealSecret } from "@/server/crypto/secret-box";
import { recordAudit } from "../audit/record-audit";
import type { ServiceContext } from "../context";
import { generateWebhookSecret } from "../webhooks/webhook-secret";
import { loadMessagingSettings } from "./get-messaging-settings";
import {
  type UpdateMessagingSettingsInput as Input,
  UpdateMessagingSettingsInput,
} from "./messaging-settings-input";

/**
 * Saves the store's channels and rules. A webhook URL set for the first time gets a signing
 * secret, returned once (like webhook endpoints); the SMTP password is sealed and never shown.
 */
export async function updateMessagingSettings({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: Input;
}) {
  const { smtpPassword, ...fields } = UpdateMessagingSettingsInput.parse(input);
  return ctx.db.transaction(async (tx) => {
    const before = await loadMessagingSettings(tx, ctx.merchantId);
    const sealedSmtpPassword =
      smtpPassword === undefined
        ? before.sealedSmtpPassword
        : smtpPassword === ""
          ? null
          : sealSecret(smtpPassword);
    const newSecret =
      fields.webhookUrl && !before.sealedWebhookSecret ? generateWebhookSecret() : null;
    const sealedWebhookSecret = fields.webhookUrl
      ? newSecret
        ? sealSecret(newSecret)
        : before.sealedWebhookSecret
      : null;
    const values = { ...fields, sealedSmtpPassword, sealedWebhookSecret };
    await tx
      .insert(messagingSettings)
      .values({ merchantId: ctx.merchantId, ...values })
      .onConflictDoUpdate({ target: messagingSettings.merchantId, set: values });
    await recordAudit(tx, ctx.merchantId, ctx.actor, {
      action: "messaging.settings_updated",
      entity: "merchant",
      entityId: ctx.merchantId,
      before: { smtpHost: before.smtpHost, webhookUrl: before.webhookUrl },
      after: { ...fields, isSmtpPasswordChanged: smtpPassword !== undefined },
    });
    return { webhookSecret: newSecret };
  });
}
