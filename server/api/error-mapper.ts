import { TRPCError } from "@trpc/server";
import type { TRPC_ERROR_CODE_KEY } from "@trpc/server/rpc";
import {
  Conflict,
  DomainError,
  Forbidden,
  InvalidInput,
  LimitExceeded,
  NotFound,
  TooManyRequests,
  Unauthorized,
} from "@/server/errors";

const codes: [new (...args: never[]) => DomainError, TRPC_ERROR_CODE_KEY][] = [
  [InvalidInput, "BAD_REQUEST"],
  [NotFound, "NOT_FOUND"],
  [Conflict, "CONFLICT"],
  [Forbidden, "FORBIDDEN"],
  [Unauthorized, "UNAUTHORIZED"],
  [LimitExceeded, "UNPROCESSABLE_CONTENT"],
  [TooManyRequests, "TOO_MANY_REQUESTS"],
];

/** Domain errors become 4xx with their human message; anything else is logged and hidden. */
export function toTRPCError(error: unknown): TRPCError {
  if (error instanceof TRPCError) return error;
  if (error instanceof DomainError) {
    const code = codes.find(([type]) => error instanceof type)?.[1] ?? "BAD_REQUEST";
    return new TRPCError({ code, message: error.message, cause: error });
  }
  console.error("Unexpected error", error);
  return new TRPCError({ code: "INTERNAL_SERVER_ERROR", message: "Something went wrong" });
}

export const internalErrorMessage = "Something went wrong. Please try again.";
