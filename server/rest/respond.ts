import { ZodError, z } from "zod";
import { describeError } from "@/server/error-codes";
import { DomainError } from "@/server/errors";

export function jsonResponse(data: unknown, init: ResponseInit = {}) {
  const headers = new Headers(init.headers);
  headers.set("content-type", "application/json; charset=utf-8");
  return new Response(JSON.stringify(data), { ...init, headers });
}

/** `{ error: { code, message, fieldErrors } }` with the matching status; never a stack trace. */
export function errorResponse(error: unknown, headers?: HeadersInit) {
  if (error instanceof ZodError) {
    return jsonResponse(
      {
        error: {
          code: "BAD_REQUEST",
          message: "The request has invalid fields",
          fieldErrors: z.flattenError(error).fieldErrors,
        },
      },
      { status: 400, headers },
    );
  }
  if (!(error instanceof DomainError)) console.error("Unexpected API error", error);
  const { status, ...body } = describeError(error);
  return jsonResponse({ error: body }, { status, headers });
}
