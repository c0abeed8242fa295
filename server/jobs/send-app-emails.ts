import type { Db } from "@/db/database";
import { sendQueuedEmails } from "@/server/services/email/send-queued-emails";

/** Password reset and invitation emails, through the app-wide SMTP_URL when it is set. */
export function sendAppEmails({ db, now }: { db: Db; now?: Date }) {
  return sendQueuedEmails({ db, now });
}
