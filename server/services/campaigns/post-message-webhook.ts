import { openSecret } from "@/server/crypto/secret-box";
import { env } from "@/server/env";
import { postWebhook } from "../webhooks/post-webhook";
import type { MessagingSettings } from "./get-messaging-settings";
import type { SendOutcome } from "./send-email";

export type OutgoingWebhookMessage = {
  messageId: string;
  to: { phone: string | null; email: string | null; externalId: string; name: string | null };
  text: string;
  isMarketing: boolean;
  locale: string;
};

/**
 * For SMS and messenger providers: a signed JSON POST (the same Kopilka-Signature as our
 * webhooks) that the store's bridge turns into a text.
 */
export async function postMessageWebhook(
  settings: MessagingSettings,
  message: OutgoingWebhookMessage,
  at: Date,
): Promise<SendOutcome> {
  if (!settings.webhookUrl || !settings.sealedWebhookSecret) {
    return { isSent: false, error: "The message webhook is not configured" };
  }
  const body = JSON.stringify({ type: "message.send", createdAt: at.toISOString(), data: message });
  const outcome = await postWebhook({
    url: settings.webhookUrl,
    secret: openSecret(settings.sealedWebhookSecret),
    body,
    eventType: "message.send",
    deliveryId: message.messageId,
    at,
    allowPrivateNetworks: env.WEBHOOK_ALLOW_PRIVATE_NETWORKS,
  });
  return outcome.error === null ? { isSent: true } : { isSent: false, error: outcome.error };
}
