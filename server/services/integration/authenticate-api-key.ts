import { and, eq, isNull, lt, or } from "drizzle-orm";
import type { Executor } from "@/db/database";
import { apiKeys } from "@/db/schema/integration";
import { type ApiKeyKind, hashApiKey, kindOfKey } from "@/server/crypto/api-key-token";
import { Unauthorized } from "@/server/errors";

const lastUsedResolutionMs = 60_000;

/** Finds the store behind a key; "last used" is written at most once a minute per key. */
export async function authenticateApiKey(
  db: Executor,
  key: string | null | undefined,
  expected: ApiKeyKind,
  now = new Date(),
) {
  const label = expected === "secret" ? "secret key" : "publishable key";
  if (!key || kindOfKey(key) !== expected) throw new Unauthorized(`A valid ${label} is required`);
  const [found] = await db
    .select({ merchantId: apiKeys.merchantId, id: apiKeys.id, name: apiKeys.name })
    .from(apiKeys)
    .where(and(eq(apiKeys.keyHash, hashApiKey(key)), isNull(apiKeys.revokedAt)));
  if (!found) throw new Unauthorized(`This ${label} is unknown or revoked`);
  await db
    .update(apiKeys)
    .set({ lastUsedAt: now })
    .where(
      and(
        eq(apiKeys.merchantId, found.merchantId),
        eq(apiKeys.id, found.id),
        or(
          isNull(apiKeys.lastUsedAt),
          lt(apiKeys.lastUsedAt, new Date(now.getTime() - lastUsedResolutionMs)),
        ),
      ),
    );
  return found;
}
