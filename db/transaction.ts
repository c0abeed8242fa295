import { PgTransaction } from "drizzle-orm/pg-core";
import type { Db, Executor, Tx } from "./database";

/** Runs fn in a transaction, joining the caller's open one instead of nesting a savepoint. */
export function inTransaction<T>(db: Executor, fn: (tx: Tx) => Promise<T>): Promise<T> {
  if (db instanceof PgTransaction) return fn(db as Tx);
  return (db as Db).transaction(fn);
}
