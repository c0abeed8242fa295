import { InvalidInput } from "@/server/errors";
import type { ServiceContext } from "@/server/services/context";
import { resolveApiClient } from "@/server/services/integration/resolve-api-client";
import type { BodyOf, Operation, OutputOf, ParamsOf, QueryOf } from "./contract/operation";
import { readJsonBody } from "./read-json-body";
import { recordFailure } from "./record-failure";
import { describeApiError, jsonResponse } from "./respond";
import { restDb } from "./rest-db";

/** What Next passes a route handler beside the request. */
export type RouteContext = { params: Promise<Record<string, string | string[] | undefined>> };

export type SecretCall<O extends Operation> = {
  ctx: ServiceContext;
  params: ParamsOf<O>;
  query: QueryOf<O>;
  body: BodyOf<O>;
  idempotencyKey: string;
};

/**
 * A server-to-server handler: secret key -> store, Idempotency-Key for changes, parsed
 * params/query/body, the service's answer as JSON; errors as JSON, recorded for the store.
 */
export function secretEndpoint<O extends Operation>(
  operation: O,
  run: (call: SecretCall<O>) => Promise<OutputOf<O>>,
) {
  return async (request: Request, route?: RouteContext): Promise<Response> => {
    let merchantId: string | null = null;
    try {
      const db = await restDb();
      const client = await resolveApiClient(db, bearerToken(request), "secret");
      merchantId = client.merchantId;
      const params = operation.params?.parse((await route?.params) ?? {});
      const idempotencyKey = operation.isIdempotent ? readIdempotencyKey(request) : "";
      const query = operation.query?.parse(Object.fromEntries(new URL(request.url).searchParams));
      const body = operation.body?.parse(await readJsonBody(request));
      const actor = {
        kind: "integration" as const,
        keyId: client.keyId,
        label: `API key “${client.keyName}”`,
      };
      const ctx = { merchantId, actor, db };
      const result = await run({ ctx, params, query, body, idempotencyKey } as SecretCall<O>);
      return jsonResponse(result);
    } catch (error) {
      const { status, body } = describeApiError(error);
      await recordFailure(request, merchantId, status, body);
      return jsonResponse(body, { status });
    }
  };
}

function bearerToken(request: Request): string | null {
  const header = request.headers.get("authorization");
  return header?.match(/^Bearer\s+(\S+)\s*$/i)?.[1] ?? null;
}

export function readIdempotencyKey(request: Request): string {
  const key = request.headers.get("idempotency-key")?.trim();
  if (!key || key.length > 200) {
    throw new InvalidInput("Send an Idempotency-Key header (1-200 characters) with every change", {
      "Idempotency-Key": [key ? "At most 200 characters" : "Required"],
    });
  }
  return key;
}
