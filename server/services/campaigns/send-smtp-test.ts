import { z } from "zod";
import { emailField } from "@/server/validation/email-field";
import type { ServiceContext } from "../context";
import { loadMessagingSettings } from "./get-messaging-settings";
import { sendEmail } from "./send-email";

export const SendSmtpTestInput = z.object({ to: emailField() });

/** Checks the saved SMTP settings with one short email; the server's refusal is shown as is. */
export async function sendSmtpTest({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: z.input<typeof SendSmtpTestInput>;
}) {
  const { to } = SendSmtpTestInput.parse(input);
  const settings = await loadMessagingSettings(ctx.db, ctx.merchantId);
  const text = "Kopilka: SMTP works. / Копилка: SMTP настроен.";
  const outcome = await sendEmail(settings, {
    to,
    subject: "Kopilka test email / Тестовое письмо",
    text,
    html: `<p>${text}</p>`,
  });
  return outcome.isSent ? { isSent: true, error: null } : { isSent: false, error: outcome.error };
}
