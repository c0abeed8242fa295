import path from "node:path";
import { env } from "@/server/env";
import type { Database } from "./database";
import { openDatabase } from "./open";

const globalForDb = globalThis as unknown as { kopilkaDatabase?: Promise<Database> };

/** The app's database: DATABASE_URL -> Postgres pool, unset -> PGlite persisted in DATA_DIR. */
export function getDatabase(): Promise<Database> {
  globalForDb.kopilkaDatabase ??= openDatabase(
    env.DATABASE_URL
      ? { kind: "postgres", url: env.DATABASE_URL }
      : { kind: "pglite", dataDir: path.join(env.DATA_DIR, "pglite") },
  );
  return globalForDb.kopilkaDatabase;
}

export async function getDb() {
  return (await getDatabase()).db;
}
