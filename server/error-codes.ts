import {
  Conflict,
  DomainError,
  type FieldErrors,
  Forbidden,
  InvalidInput,
  LimitExceeded,
  NotFound,
  PayloadTooLarge,
  TooManyRequests,
  Unauthorized,
} from "./errors";

export type ErrorCode =
  | "BAD_REQUEST"
  | "UNAUTHORIZED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "PAYLOAD_TOO_LARGE"
  | "UNPROCESSABLE_CONTENT"
  | "TOO_MANY_REQUESTS"
  | "INTERNAL_SERVER_ERROR";

export type DescribedError = {
  code: ErrorCode;
  status: number;
  message: string;
  fieldErrors?: FieldErrors;
};

const table: [new (...args: never[]) => DomainError, ErrorCode, number][] = [
  [InvalidInput, "BAD_REQUEST", 400],
  [Unauthorized, "UNAUTHORIZED", 401],
  [Forbidden, "FORBIDDEN", 403],
  [NotFound, "NOT_FOUND", 404],
  [Conflict, "CONFLICT", 409],
  [PayloadTooLarge, "PAYLOAD_TOO_LARGE", 413],
  [LimitExceeded, "UNPROCESSABLE_CONTENT", 422],
  [TooManyRequests, "TOO_MANY_REQUESTS", 429],
];

export const internalError: DescribedError = {
  code: "INTERNAL_SERVER_ERROR",
  status: 500,
  message: "Something went wrong. Please try again.",
};

/** The one place that decides what a caller learns about an error: unknown ones say nothing. */
export function describeError(error: unknown): DescribedError {
  if (!(error instanceof DomainError)) return internalError;
  const [, code, status] = table.find(([type]) => error instanceof type) ?? [
    InvalidInput,
    "BAD_REQUEST",
    400,
  ];
  return { code, status, message: error.message, fieldErrors: error.fieldErrors };
}
