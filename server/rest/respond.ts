import { ZodError } from "zod";
import { describeError, type ErrorCode } from "@/server/error-codes";
import { DomainError, type FieldErrors } from "@/server/errors";

export type ApiErrorBody = {
  error: { code: ErrorCode; message: string; fieldErrors?: FieldErrors };
};

export function jsonResponse(
  data: unknown,
  init: { status?: number; headers?: Record<string, string> } = {},
) {
  const headers = { ...init.headers, "content-type": "application/json; charset=utf-8" };
  return new Response(JSON.stringify(data), { status: init.status, headers });
}

/** What a caller learns about an error: invalid fields by path, domain errors by class. */
export function describeApiError(error: unknown): { status: number; body: ApiErrorBody } {
  if (error instanceof ZodError) {
    const body: ApiErrorBody = {
      error: {
        code: "BAD_REQUEST",
        message: "The request has invalid fields",
        fieldErrors: fieldErrorsOf(error),
      },
    };
    return { status: 400, body };
  }
  if (!(error instanceof DomainError)) console.error("Unexpected API error", error);
  const { status, ...described } = describeError(error);
  return { status, body: { error: described } };
}

/** Issues by dotted path (`cart.lines.0.unitPrice`), so a nested mistake names its field. */
function fieldErrorsOf(error: ZodError): FieldErrors {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join(".") || "body";
    fieldErrors[path] = [...(fieldErrors[path] ?? []), issue.message];
  }
  return fieldErrors;
}
