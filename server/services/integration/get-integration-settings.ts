import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Executor } from "@/db/database";
import { integrationSettings } from "@/db/schema/integration";
import { sealSecret } from "@/server/crypto/secret-box";

export function generateTokenSecret(): string {
  return `tsk_${randomBytes(32).toString("base64url")}`;
}

/** Every store has settings; the first read creates them with a fresh token-signing secret. */
export async function getIntegrationSettings(db: Executor, merchantId: string) {
  const [existing] = await db
    .select()
    .from(integrationSettings)
    .where(eq(integrationSettings.merchantId, merchantId));
  if (existing) return existing;
  await db
    .insert(integrationSettings)
    .values({ merchantId, sealedTokenSecret: sealSecret(generateTokenSecret()) })
    .onConflictDoNothing();
  const [created] = await db
    .select()
    .from(integrationSettings)
    .where(eq(integrationSettings.merchantId, merchantId));
  if (!created) throw new Error("Integration settings were not created");
  return created;
}
