import type { Auth } from "@/server/auth/auth";
import { Conflict, Forbidden, InvalidInput, NotFound } from "@/server/errors";
import { isAuthApiError } from "../accounts/auth-api-error";
import type { ServiceContext } from "../context";

export type TeamCall = { ctx: ServiceContext; auth: Auth; headers: Headers };

/** Team changes go through better-auth (it owns memberships); its errors become ours. */
export async function callTeamApi<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (!isAuthApiError(error)) throw error;
    const message = error.message || "The team change was refused";
    if (error.status === "FORBIDDEN" || error.status === "UNAUTHORIZED")
      throw new Forbidden(message);
    if (error.status === "NOT_FOUND") throw new NotFound(message);
    if (error.status === "CONFLICT") throw new Conflict(message);
    throw new InvalidInput(message);
  }
}
