import { afterAll, beforeAll, inject } from "vitest";
import type { Database } from "@/db/database";
import { openDatabase } from "@/db/open";

/**
 * The database for one integration test file: in-memory PGlite, or the fresh Postgres
 * database that the global setup created for this run (project "postgres").
 */
function openTestDatabase(): Promise<Database> {
  const url = inject("postgresUrl");
  if (url) return openDatabase({ kind: "postgres", url, poolSize: 40 });
  return openDatabase({ kind: "pglite" });
}

/**
 * Opens the file's test database before its tests and closes it after them. The handle reads
 * the open database on each use: take it at module level, use it in hooks and tests.
 */
export function setUpTestDatabase(): Database {
  let database: Database | undefined;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  // If the open failed there is nothing to close, and its error is the one worth seeing.
  afterAll(() => database?.close());
  const opened = () => {
    if (!database)
      throw new Error("The test database opens in beforeAll: use it in a hook or a test");
    return database;
  };
  return {
    get db() {
      return opened().db;
    },
    get kind() {
      return opened().kind;
    },
    close: () => opened().close(),
  };
}
