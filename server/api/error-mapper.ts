import { TRPCError } from "@trpc/server";
import { describeError, internalError } from "@/server/error-codes";
import { DomainError } from "@/server/errors";

/** Domain errors become 4xx with their human message; anything else is logged and hidden. */
export function toTRPCError(error: unknown): TRPCError {
  if (error instanceof TRPCError) return error;
  if (!(error instanceof DomainError)) {
    console.error("Unexpected error", error);
    return new TRPCError({ code: "INTERNAL_SERVER_ERROR", message: internalError.message });
  }
  const { code, message } = describeError(error);
  return new TRPCError({ code, message, cause: error });
}

export const internalErrorMessage = internalError.message;
