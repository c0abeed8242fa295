import { eq } from "drizzle-orm";
import type { Executor } from "@/db/database";
import { merchants } from "@/db/schema";
import { type ApiKeyKind, hashApiKey } from "@/server/crypto/api-key-token";
import { openSecret } from "@/server/crypto/secret-box";
import { Unauthorized } from "@/server/errors";
import { authenticateApiKey } from "./authenticate-api-key";
import { getIntegrationSettings } from "./get-integration-settings";

/** Everything a request authenticated by an API key needs to know about its store. */
export type ApiClient = {
  merchantId: string;
  keyId: string;
  keyName: string;
  allowedOrigins: readonly string[];
  tokenSecret: string;
  joinUrl: string | null;
  locale: string;
  currency: string;
  timezone: string;
};

// Kept briefly so a hot widget path costs no query for its key; revoking a key or changing
// settings forgets entries here at once, other app instances catch up within the TTL.
const ttlMs = 10_000;
const maxEntries = 10_000;
const clients = new Map<string, { client: ApiClient; expiresAt: number }>();

/** The store behind a key of the expected kind; 401 for a missing, unknown or revoked key. */
export async function resolveApiClient(
  db: Executor,
  key: string | null | undefined,
  expected: ApiKeyKind,
  now = new Date(),
): Promise<ApiClient> {
  const cacheKey = key ? `${expected}:${hashApiKey(key)}` : "";
  const cached = clients.get(cacheKey);
  if (cached && cached.expiresAt > now.getTime()) return cached.client;
  const found = await authenticateApiKey(db, key, expected, now);
  const [settings, [store]] = await Promise.all([
    getIntegrationSettings(db, found.merchantId),
    db
      .select({
        locale: merchants.locale,
        currency: merchants.currency,
        timezone: merchants.timezone,
      })
      .from(merchants)
      .where(eq(merchants.id, found.merchantId)),
  ]);
  if (!store) throw new Unauthorized("This key's store no longer exists");
  const client: ApiClient = {
    merchantId: found.merchantId,
    keyId: found.id,
    keyName: found.name,
    allowedOrigins: settings.allowedOrigins,
    tokenSecret: openSecret(settings.sealedTokenSecret),
    joinUrl: settings.joinUrl,
    ...store,
  };
  if (clients.size >= maxEntries) clients.clear();
  clients.set(cacheKey, { client, expiresAt: now.getTime() + ttlMs });
  return client;
}

/** Drops cached clients of a store (settings changed) or of one key (revoked). */
export function forgetApiClients(match: { merchantId: string; keyId?: string }) {
  for (const [cacheKey, { client }] of clients) {
    const isMatch =
      client.merchantId === match.merchantId && (!match.keyId || client.keyId === match.keyId);
    if (isMatch) clients.delete(cacheKey);
  }
}
