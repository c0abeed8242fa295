import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db/database";
import { campaignMessages } from "@/db/schema";
import { readMessageToken } from "./message-token";

/** The tracking pixel: the first load marks the message opened; later loads change nothing. */
export async function recordOpen(db: Db, token: string, now = new Date()) {
  const parts = readMessageToken("open", token);
  if (parts?.length !== 2) return;
  const [merchantId = "", messageId = ""] = parts;
  if (!/^[0-9a-f-]{36}$/i.test(messageId)) return;
  await db
    .update(campaignMessages)
    .set({ openedAt: now })
    .where(
      and(
        eq(campaignMessages.merchantId, merchantId),
        eq(campaignMessages.id, messageId),
        isNull(campaignMessages.openedAt),
      ),
    );
}
