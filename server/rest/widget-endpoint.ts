import type { Db } from "@/db/database";
import { env } from "@/server/env";
import { Forbidden, Unauthorized } from "@/server/errors";
import type { ServiceContext } from "@/server/services/context";
import { isKnownOrigin } from "@/server/services/integration/is-known-origin";
import { type ApiClient, resolveApiClient } from "@/server/services/integration/resolve-api-client";
import type { Shopper } from "@/server/services/integration/verify-shopper-token";
import { verifyShopperTokenCached } from "@/server/services/integration/verify-shopper-token-cached";
import type { BodyOf, Operation, OutputOf } from "./contract/operation";
import { corsHeaders } from "./cors";
import { createRateLimiter } from "./rate-limiter";
import { readJsonBody } from "./read-json-body";
import { recordFailure } from "./record-failure";
import { describeApiError, jsonResponse } from "./respond";
import { restDb } from "./rest-db";

export type WidgetCall<O extends Operation> = {
  db: Db;
  client: ApiClient;
  ctx: ServiceContext;
  shopper: O["needsShopper"] extends true ? Shopper : Shopper | null;
  body: BodyOf<O>;
  now: Date;
};

const limitPerKey = createRateLimiter({
  limit: env.WIDGET_REQUESTS_PER_KEY_PER_MINUTE,
  windowMs: 60_000,
  what: "widget requests for this store",
});
const limitPerShopper = createRateLimiter({
  limit: env.WIDGET_REQUESTS_PER_SHOPPER_PER_MINUTE,
  windowMs: 60_000,
  what: "widget requests for this shopper",
});

/**
 * A browser-facing handler: publishable key -> store, the store's origins only, an optional
 * shopper token verified with the store's secret before anything is read or written.
 */
export function widgetEndpoint<O extends Operation>(
  operation: O,
  run: (call: WidgetCall<O>) => Promise<OutputOf<O>>,
) {
  return async (request: Request): Promise<Response> => {
    const origin = request.headers.get("origin");
    let cors = corsHeaders(origin, []);
    let merchantId: string | null = null;
    try {
      const now = new Date();
      const db = await restDb();
      const client = await resolveApiClient(
        db,
        request.headers.get("x-kopilka-key"),
        "publishable",
      );
      merchantId = client.merchantId;
      cors = corsHeaders(origin, client.allowedOrigins);
      if (origin && !client.allowedOrigins.includes(origin)) {
        throw new Forbidden(`${origin} is not an allowed origin of this store`);
      }
      limitPerKey(client.keyId, now.getTime());
      const shopper = await readShopper(request, client, now);
      if (!shopper && operation.needsShopper) {
        throw new Unauthorized("Sign in to hold points: a shopper token is required");
      }
      if (shopper) limitPerShopper(`${client.merchantId}:${shopper.customerId}`, now.getTime());
      const body = operation.body?.parse(await readJsonBody(request)) as BodyOf<O>;
      const ctx = {
        merchantId,
        actor: { kind: "integration" as const, keyId: client.keyId, label: "Cart widget" },
        db,
      };
      const call = { db, client, ctx, shopper, body, now } as WidgetCall<O>;
      return jsonResponse(await run(call), { headers: cors });
    } catch (error) {
      const { status, body } = describeApiError(error);
      await recordFailure(request, merchantId, status, body);
      return jsonResponse(body, { status, headers: cors });
    }
  };
}

/** A preflight carries no key: it is answered for any origin some store allows. */
export async function widgetPreflight(request: Request): Promise<Response> {
  const origin = request.headers.get("origin");
  const isKnown = origin
    ? await restDb()
        .then((db) => isKnownOrigin(db, origin))
        .catch(() => false)
    : false;
  const headers = corsHeaders(origin, isKnown && origin ? [origin] : []);
  return new Response(null, { status: 204, headers });
}

async function readShopper(request: Request, client: ApiClient, now: Date) {
  const header = request.headers.get("authorization");
  if (!header) return null;
  const token = header.match(/^Bearer\s+(\S+)\s*$/i)?.[1];
  if (!token) throw new Unauthorized("Send the shopper token as `Authorization: Bearer <token>`");
  const { tokenSecret: secret, merchantId } = client;
  return verifyShopperTokenCached({ token, secret, merchantId, now });
}
