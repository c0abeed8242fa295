import type { SQL, SQLWrapper } from "drizzle-orm";
import type { Executor } from "@/db/database";
import { rowsOf } from "./ledger/rows-of";

/**
 * Runs raw SQL as a named (cached) statement. Drizzle sends unnamed statements, and postgres-js
 * then asks the server for parameter types first: two round trips per query. The hot ledger
 * path repeats a handful of statement shapes, so caching them per connection halves its trips.
 */
export function executePrepared(db: Executor, query: SQLWrapper) {
  const built = db.execute(query.getSQL()).getQuery();
  return db._.session.prepareQuery(built, undefined, "ledger", false).execute();
}

/**
 * The single json value a hot-path read selects (`select json_build_object(...) as v`), or null.
 * JSON is parsed the same way by postgres-js and PGlite, bigints included, so no row mapping
 * through the query builder is needed; dates arrive as ISO strings.
 */
export async function selectJson<T>(db: Executor, query: SQL): Promise<T | null> {
  const [row] = rowsOf<{ v: T }>(await executePrepared(db, query));
  return row?.v ?? null;
}

/**
 * A hot-path statement whose text is built once ($1, $2… placeholders); only the values change
 * per call, so no SQL is assembled on the way and the cached prepared statement is reused.
 */
export function runStatement(db: Executor, text: string, params: unknown[]) {
  return db._.session.prepareQuery({ sql: text, params }, undefined, "ledger", false).execute();
}

/** selectJson for a statement built once (runStatement). */
export async function selectJsonStatement<T>(
  db: Executor,
  text: string,
  params: unknown[],
): Promise<T | null> {
  const [row] = rowsOf<{ v: T }>(await runStatement(db, text, params));
  return row?.v ?? null;
}
