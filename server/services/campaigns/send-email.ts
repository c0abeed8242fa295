import nodemailer from "nodemailer";
import { openSecret } from "@/server/crypto/secret-box";
import { env } from "@/server/env";
import type { MessagingSettings } from "./get-messaging-settings";
import { resolveSmtpHost } from "./resolve-smtp-host";

export type OutgoingEmail = {
  to: string;
  subject: string;
  text: string;
  html: string;
  unsubscribeUrl?: string;
};

export type SendOutcome = { isSent: true } | { isSent: false; error: string };

const timeoutMs = 15_000;

/**
 * One email over the store's SMTP server; never throws: a refusal is an outcome. A host on a
 * private or local network is refused unless WEBHOOK_ALLOW_PRIVATE_NETWORKS allows it.
 */
export async function sendEmail(
  settings: MessagingSettings,
  email: OutgoingEmail,
  { allowPrivateNetworks = env.WEBHOOK_ALLOW_PRIVATE_NETWORKS } = {},
): Promise<SendOutcome> {
  if (!settings.smtpHost || !settings.fromAddress) {
    return { isSent: false, error: "SMTP is not configured (host and from address)" };
  }
  const target = await resolveSmtpHost(settings.smtpHost, allowPrivateNetworks).catch(
    (error: unknown) => (error instanceof Error ? error.message : String(error)),
  );
  if (typeof target === "string") return { isSent: false, error: target };
  const password = settings.sealedSmtpPassword ? openSecret(settings.sealedSmtpPassword) : "";
  const transport = nodemailer.createTransport({
    host: target.host,
    ...(target.servername && { tls: { servername: target.servername } }),
    port: settings.smtpPort,
    secure: settings.smtpSecure,
    auth: settings.smtpUser ? { user: settings.smtpUser, pass: password } : undefined,
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
  });
  try {
    await transport.sendMail({
      from: settings.fromAddress,
      to: email.to,
      subject: email.subject,
      text: email.text,
      html: email.html,
      ...(email.unsubscribeUrl && {
        list: { unsubscribe: { url: email.unsubscribeUrl, comment: "Unsubscribe" } },
      }),
    });
    return { isSent: true };
  } catch (error) {
    return { isSent: false, error: error instanceof Error ? error.message : String(error) };
  } finally {
    transport.close();
  }
}
