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

/** Emails wait in the outbox; a sender job (campaigns issue) delivers them over SMTP. */
export async function queueEmail(db: Executor, email: QueuedEmail) {
  await db.insert(emailOutbox).values({ ...email, data: email.data ?? {} });
}
