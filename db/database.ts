import type { ExtractTablesWithRelations } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";

type NoRelations = Record<string, never>;

/**
 * The one database type services use: a postgres-js pool or PGlite, same code paths. It is
 * opened without drizzle's relational query API (`db.query.*`), which nothing uses: with it,
 * every transaction built a query builder for every table.
 */
export type Db = PgDatabase<PgQueryResultHKT, NoRelations>;
export type Tx = PgTransaction<
  PgQueryResultHKT,
  NoRelations,
  ExtractTablesWithRelations<NoRelations>
>;
/** Either the database or an open transaction: a service called inside a transaction joins it. */
export type Executor = Db | Tx;

export type Database = {
  db: Db;
  kind: "postgres" | "pglite";
  close: () => Promise<void>;
};
