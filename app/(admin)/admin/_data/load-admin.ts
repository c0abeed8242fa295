import "server-only";
import { TRPCError } from "@trpc/server";
import type { TRPC_ERROR_CODE_KEY } from "@trpc/server/rpc";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getServerCaller } from "@/server/api/server-caller";

async function orNullOn<T>(promise: Promise<T>, code: TRPC_ERROR_CODE_KEY): Promise<T | null> {
  try {
    return await promise;
  } catch (error) {
    if (error instanceof TRPCError && error.code === code) return null;
    throw error;
  }
}

/**
 * What every admin screen needs: the user (or a redirect to sign-in) and the active store,
 * which is null when the user has none. Pages call it too: they render beside the layout.
 */
export const loadAdmin = cache(async () => {
  const caller = await getServerCaller();
  const user = await orNullOn(caller.account.me(), "UNAUTHORIZED");
  if (!user) redirect("/sign-in");
  const [merchant, stores] = await Promise.all([
    orNullOn(caller.merchant.current(), "FORBIDDEN"),
    caller.merchant.mine(),
  ]);
  return { caller, user, merchant, stores };
});
