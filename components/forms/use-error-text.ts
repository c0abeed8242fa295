"use client";
import { TRPCClientError } from "@trpc/client";
import { useTranslations } from "next-intl";
import { authCodeKeys, serverMessageKeys } from "./error-keys";

export type AuthError = { code?: string; message?: string; status: number };

type FieldErrors = Record<string, string[] | undefined>;

/** Turns tRPC and better-auth errors into text in the interface language. */
export function useErrorText() {
  const t = useTranslations("Errors");

  const fromMessage = (message: string | undefined) => {
    const key = message ? serverMessageKeys[message] : undefined;
    return key ? t(key) : message || t("generic");
  };

  const fromAuth = (error: AuthError) => {
    if (error.status === 429) return t("tooManyRequests");
    const key = error.code ? authCodeKeys[error.code] : undefined;
    return key ? t(key) : fromMessage(error.message);
  };

  /** The form-level message and the first error of each field of a failed mutation. */
  const fromMutation = (error: unknown) => {
    if (!error) return { message: undefined, field: (_name: string) => undefined };
    const fields: FieldErrors =
      error instanceof TRPCClientError ? (error.data?.fieldErrors ?? {}) : {};
    const message = error instanceof Error ? error.message : undefined;
    return {
      message: fromMessage(message),
      field: (name: string) => {
        const first = fields[name]?.[0];
        return first ? fromMessage(first) : undefined;
      },
    };
  };

  return { fromMessage, fromAuth, fromMutation };
}
