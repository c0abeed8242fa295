import { env } from "@/server/env";
import { buildOpenApi } from "../openapi/build-openapi";
import { jsonResponse } from "../respond";

let document: ReturnType<typeof buildOpenApi> | null = null;

/** Public and the same for everyone: built once per process, readable from any origin. */
export function GET() {
  document ??= buildOpenApi(`${env.APP_URL}/api/v1`);
  return jsonResponse(document, {
    headers: { "access-control-allow-origin": "*", "cache-control": "public, max-age=300" },
  });
}
