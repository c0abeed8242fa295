import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { getDb } from "@/db/client";
import { appRouter } from "@/server/api/root";
import { getAuth } from "@/server/auth/get-auth";

async function handler(req: Request) {
  const [db, auth] = await Promise.all([getDb(), getAuth()]);
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: ({ resHeaders }) => ({ db, auth, headers: req.headers, resHeaders }),
  });
}

export { handler as GET, handler as POST };
