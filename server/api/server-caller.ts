import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { getDb } from "@/db/client";
import { getAuth } from "@/server/auth/get-auth";
import { createCaller } from "./root";

/** Server components call procedures directly, with the request's cookies. */
export const getServerCaller = cache(async () => {
  const [db, auth, requestHeaders] = await Promise.all([getDb(), getAuth(), headers()]);
  return createCaller({
    db,
    auth,
    headers: new Headers(requestHeaders),
    resHeaders: new Headers(),
  });
});
