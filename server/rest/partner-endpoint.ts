import type { Executor } from "@/db/database";
import {
  authenticatePartner,
  type PartnerClient,
} from "@/server/services/partners/authenticate-partner";
import type { BodyOf, Operation, OutputOf, QueryOf } from "./contract/operation";
import { readJsonBody } from "./read-json-body";
import { recordFailure } from "./record-failure";
import { describeApiError, jsonResponse } from "./respond";
import { restDb } from "./rest-db";
import { readIdempotencyKey } from "./secret-endpoint";

export type PartnerCall<O extends Operation> = {
  db: Executor;
  partner: PartnerClient;
  query: QueryOf<O>;
  body: BodyOf<O>;
  idempotencyKey: string;
};

/** A partner's handler: only a partner key opens it, and the partner is the key's. */
export function partnerEndpoint<O extends Operation>(
  operation: O,
  run: (call: PartnerCall<O>) => Promise<OutputOf<O>>,
) {
  return async (request: Request): Promise<Response> => {
    let merchantId: string | null = null;
    try {
      const db = await restDb();
      const token = request.headers.get("authorization")?.match(/^Bearer\s+(\S+)\s*$/i)?.[1];
      const partner = await authenticatePartner(db, token);
      merchantId = partner.merchantId;
      const idempotencyKey = operation.isIdempotent ? readIdempotencyKey(request) : "";
      const query = operation.query?.parse(Object.fromEntries(new URL(request.url).searchParams));
      const body = operation.body?.parse(await readJsonBody(request));
      const result = await run({ db, partner, query, body, idempotencyKey } as PartnerCall<O>);
      return jsonResponse(result);
    } catch (error) {
      const { status, body } = describeApiError(error);
      await recordFailure(request, merchantId, status, body);
      return jsonResponse(body, { status });
    }
  };
}
