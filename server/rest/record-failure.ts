import { recordApiError } from "@/server/services/integration/record-api-error";
import type { ApiErrorBody } from "./respond";
import { restDb } from "./rest-db";

/** Keeps a failed answer for the store's Integration page; requests of no known store are not kept. */
export async function recordFailure(
  request: Request,
  merchantId: string | null,
  status: number,
  body: ApiErrorBody,
) {
  if (!merchantId) return;
  await recordApiError(await restDb(), merchantId, {
    method: request.method,
    path: new URL(request.url).pathname,
    status,
    code: body.error.code,
    message: body.error.message,
  });
}
