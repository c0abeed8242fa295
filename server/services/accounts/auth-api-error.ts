import { APIError } from "better-auth/api";

export type AuthApiError = Error & { status: string; statusCode: number };

/**
 * `instanceof APIError` alone fails in the Next build: the auth instance is created once per
 * process (first by instrumentation) while each route bundle has its own copy of the class.
 */
export function isAuthApiError(error: unknown): error is AuthApiError {
  if (error instanceof APIError) return true;
  return (
    error instanceof Error &&
    error.name === "APIError" &&
    typeof (error as Partial<AuthApiError>).status === "string"
  );
}
