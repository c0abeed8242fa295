import { randomUUID } from "node:crypto";
import { SignJWT } from "jose";
import type { Db } from "@/db/database";
import { openSecret } from "@/server/crypto/secret-box";
import type { ProgramConfigInput } from "@/server/engine";
import { createApiKey } from "@/server/services/integration/create-api-key";
import { getIntegrationSettings } from "@/server/services/integration/get-integration-settings";
import { updateIntegrationSettings } from "@/server/services/integration/update-integration-settings";
import { createLoyaltyStore } from "@/server/testing/loyalty-fixtures";

export const storeOrigin = "https://shop.example";

/** A store with a published program, both keys, an allowed origin and its token secret. */
export async function createRestStore(db: Db, config?: ProgramConfigInput) {
  const { ctx, versionId } = await createLoyaltyStore(db, config);
  const secret = await createApiKey({ ctx, input: { kind: "secret", name: "Backend" } });
  const publishable = await createApiKey({ ctx, input: { kind: "publishable", name: "Widget" } });
  await updateIntegrationSettings({
    ctx,
    input: { allowedOrigins: [storeOrigin], joinUrl: "https://shop.example/join" },
  });
  const settings = await getIntegrationSettings(db, ctx.merchantId);
  const tokenSecret = openSecret(settings.sealedTokenSecret);
  return {
    ctx,
    versionId,
    secretKey: secret.key,
    secretKeyId: secret.id,
    publishableKey: publishable.key,
    tokenSecret,
    /** A shopper token as the store's backend signs it. */
    signToken: (sub: string, claims: Record<string, unknown> = {}, expiresInSeconds = 600) =>
      signShopperToken(tokenSecret, { sub, merchant: ctx.merchantId, ...claims }, expiresInSeconds),
  };
}
export type RestStore = Awaited<ReturnType<typeof createRestStore>>;

export function signShopperToken(
  secret: string,
  claims: Record<string, unknown>,
  expiresInSeconds = 600,
) {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ ...claims, exp: now + expiresInSeconds, iat: now })
    .setProtectedHeader({ alg: "HS256" })
    .sign(new TextEncoder().encode(secret));
}

type Call = {
  method?: string;
  headers?: Record<string, string>;
  body?: unknown;
  rawBody?: string;
  params?: Record<string, string>;
  query?: string;
};

type Handler = (
  request: Request,
  route?: { params: Promise<Record<string, string>> },
) => Promise<Response>;

/** Calls a route handler the way Next does: a real Request plus the route's params. */
export async function callHandler(handler: Handler, path: string, call: Call = {}) {
  const hasBody = call.body !== undefined || call.rawBody !== undefined;
  const request = new Request(`http://localhost/api/v1${path}${call.query ?? ""}`, {
    method: call.method ?? "POST",
    headers: { ...(hasBody ? { "content-type": "application/json" } : {}), ...call.headers },
    body: call.rawBody ?? (call.body === undefined ? undefined : JSON.stringify(call.body)),
  });
  const response = await handler(request, { params: Promise.resolve(call.params ?? {}) });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    json: text ? JSON.parse(text) : null,
  };
}

export const secretHeaders = (store: RestStore, idempotencyKey: string | null = randomUUID()) => ({
  authorization: `Bearer ${store.secretKey}`,
  ...(idempotencyKey ? { "idempotency-key": idempotencyKey } : {}),
});
