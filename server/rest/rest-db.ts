import { getDb } from "@/db/client";
import type { Db } from "@/db/database";

let resolveDb: () => Promise<Db> = getDb;

/** The database the /api/v1 handlers use: the app's, or the one a test points them at. */
export function restDb(): Promise<Db> {
  return resolveDb();
}

export function useRestDb(db: Db) {
  resolveDb = async () => db;
}
