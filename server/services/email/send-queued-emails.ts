import { eq, sql } from "drizzle-orm";
import nodemailer from "nodemailer";
import type { Db } from "@/db/database";
import { emailOutbox } from "@/db/schema";
import { env } from "@/server/env";
import { rowsOf } from "../ledger/rows-of";

/**
 * Delivers the app's own emails (password reset, invitations) through the app-wide SMTP_URL;
 * without it they stay queued. Rows are claimed with SKIP LOCKED and marked `sending` before
 * the send, so several instances never mail one twice.
 */
export async function sendQueuedEmails({
  db,
  smtpUrl = env.SMTP_URL,
  from = env.MAIL_FROM,
  now = new Date(),
  limit = 50,
}: {
  db: Db;
  smtpUrl?: string;
  from?: string;
  now?: Date;
  limit?: number;
}) {
  if (!smtpUrl) return { sent: 0, failed: 0 };
  const claimed = rowsOf<{ id: string }>(
    await db.execute(sql`
      with due as (
        select id from email_outbox where status = 'queued'
        order by created_at limit ${limit} for update skip locked
      )
      update email_outbox e set status = 'sending' from due where e.id = due.id
      returning e.id`),
  );
  if (claimed.length === 0) return { sent: 0, failed: 0 };
  const transport = nodemailer.createTransport(smtpUrl);
  let sent = 0;
  try {
    for (const { id } of claimed) {
      const [email] = await db.select().from(emailOutbox).where(eq(emailOutbox.id, id));
      if (!email) continue;
      try {
        await transport.sendMail({ from, to: email.to, subject: email.subject, text: email.body });
        await db
          .update(emailOutbox)
          .set({ status: "sent", sentAt: now, error: null })
          .where(eq(emailOutbox.id, id));
        sent += 1;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        await db
          .update(emailOutbox)
          .set({ status: "failed", error: message })
          .where(eq(emailOutbox.id, id));
      }
    }
  } finally {
    transport.close();
  }
  return { sent, failed: claimed.length - sent };
}
