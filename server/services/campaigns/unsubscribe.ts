import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/database";
import { members, merchants } from "@/db/schema";
import { consentChanges } from "../members/consent-changes";
import { readMessageToken } from "./message-token";

/** What the public page shows before the click: the store's name, or null for a bad link. */
export async function describeUnsubscribe(db: Db, token: string) {
  const parts = readMessageToken("unsubscribe", token);
  if (parts?.length !== 3) return null;
  const [merchantId = "", memberId = "", channel = ""] = parts;
  const [row] = await db
    .select({ storeName: merchants.name, locale: merchants.locale })
    .from(members)
    .innerJoin(merchants, eq(merchants.id, members.merchantId))
    .where(and(eq(members.merchantId, merchantId), eq(members.id, memberId)));
  if (!row) return null;
  return { ...row, channel: channel === "email" ? "email" : "sms" };
}

/**
 * Withdraws marketing consent for the link's channel; works without sign-in because the
 * token is signed. Clicking twice is harmless.
 */
export async function unsubscribeByToken(db: Db, token: string, now = new Date()) {
  const parts = readMessageToken("unsubscribe", token);
  if (parts?.length !== 3) return { isDone: false };
  const [merchantId = "", memberId = "", channel = ""] = parts;
  const ofMember = and(eq(members.merchantId, merchantId), eq(members.id, memberId));
  return db.transaction(async (tx) => {
    const [member] = await tx.select().from(members).where(ofMember).for("update");
    if (!member) return { isDone: false };
    const request =
      channel === "email"
        ? { emailConsent: false, source: "unsubscribe link" }
        : { smsConsent: false, source: "unsubscribe link" };
    const changes = consentChanges(member, request, now);
    if (Object.keys(changes).length > 0) await tx.update(members).set(changes).where(ofMember);
    return { isDone: true };
  });
}
