import type { ExtractTablesWithRelations } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import type * as schema from "./schema";

export type Schema = typeof schema;
/** The one database type services use: a postgres-js pool or PGlite, same code paths. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Either the database or an open transaction: a service called inside a transaction joins it. */
export type Executor = Db | Tx;

export type Database = {
  db: Db;
  kind: "postgres" | "pglite";
  close: () => Promise<void>;
};
