import type { Db } from "@/db/database";
import type { Auth } from "@/server/auth/auth";

export type ApiContext = {
  db: Db;
  auth: Auth;
  headers: Headers;
  /** Response headers a procedure may add to (the sign-up session cookie). */
  resHeaders: Headers;
};

export function createApiContext(input: ApiContext): ApiContext {
  return input;
}
