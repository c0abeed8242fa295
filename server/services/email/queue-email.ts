import type { Executor } from "@/db/database";
import { emailOutbox } from "@/db/schema";

export type QueuedEmail = {
  merchantId?: string;
  to: string;
  kind: string;
  subject: string;
  body: string;
  data?: Record<string, string>;
};

/** Emails wait in the outbox; the send-app-emails job delivers them over SMTP_URL. */
export async function queueEmail(db: Executor, email: QueuedEmail) {
  await db.insert(emailOutbox).values({ ...email, data: email.data ?? {} });
}
