import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import type { Database, Db } from "./database";
import { createPipelinedTransaction } from "./pipelined-transaction";

const migrationsFolder = path.join(process.cwd(), "db/migrations");

export type OpenOptions =
  | { kind: "postgres"; url: string; poolSize?: number }
  | { kind: "pglite"; dataDir?: string };

/** Opens the database and applies committed migrations; same migrations for both drivers. */
export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.kind === "postgres") {
    const client = postgres(options.url, {
      max: options.poolSize ?? 10,
      onnotice: () => {},
    });
    const db = drizzlePostgres(client, { casing: "snake_case" });
    await migratePostgres(db, { migrationsFolder });
    const pipelined = createPipelinedTransaction(client);
    const transaction = db.transaction.bind(db);
    // Isolation options keep drizzle's own transaction; everything else saves its round trips.
    db.transaction = ((fn, config) =>
      config ? transaction(fn, config) : pipelined(fn as never)) as typeof db.transaction;
    return { db: db as unknown as Db, kind: "postgres", close: () => client.end() };
  }
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const client = new PGlite(options.dataDir);
  const db = drizzlePglite(client, { casing: "snake_case" });
  await migratePglite(db, { migrationsFolder });
  return { db: db as unknown as Db, kind: "pglite", close: () => client.close() };
}
