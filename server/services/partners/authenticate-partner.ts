import { and, eq, isNull } from "drizzle-orm";
import type { Executor } from "@/db/database";
import { partners } from "@/db/schema";
import { hashApiKey, kindOfKey } from "@/server/crypto/api-key-token";
import { Unauthorized } from "@/server/errors";

export type PartnerClient = { merchantId: string; partnerId: string; name: string };

/** The partner (and its store) behind a `ptk_` key; a store's own keys are not partner keys. */
export async function authenticatePartner(
  db: Executor,
  key: string | null | undefined,
): Promise<PartnerClient> {
  if (!key || kindOfKey(key) !== "partner")
    throw new Unauthorized("A valid partner key is required");
  const [found] = await db
    .select({ merchantId: partners.merchantId, partnerId: partners.id, name: partners.name })
    .from(partners)
    .where(and(eq(partners.keyHash, hashApiKey(key)), isNull(partners.keyRevokedAt)));
  if (!found) throw new Unauthorized("This partner key is unknown or revoked");
  return found;
}
