import type { ErrorBody, ErrorCode } from "./types";

/** An error answer of the API: `code` says what kind, `fieldErrors` which fields were wrong. */
export class KopilkaError extends Error {
  readonly status: number;
  readonly code: ErrorCode;
  readonly fieldErrors: Record<string, string[]>;

  constructor(status: number, body: ErrorBody["error"]) {
    super(body.message);
    this.name = "KopilkaError";
    this.status = status;
    this.code = body.code;
    this.fieldErrors = body.fieldErrors ?? {};
  }

  /** Safe to retry with the same idempotency key: rate limits and server failures. */
  get isRetryable(): boolean {
    return this.status === 429 || this.status >= 500;
  }
}

export function toKopilkaError(status: number, data: unknown): KopilkaError {
  const error = (data as Partial<ErrorBody> | null)?.error;
  if (error && typeof error.code === "string" && typeof error.message === "string") {
    return new KopilkaError(status, error);
  }
  const code: ErrorCode = status >= 500 ? "INTERNAL_SERVER_ERROR" : "BAD_REQUEST";
  return new KopilkaError(status, { code, message: `Kopilka answered HTTP ${status}` });
}
