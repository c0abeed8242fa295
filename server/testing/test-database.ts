import { inject } from "vitest";
import type { Database } from "@/db/database";
import { openDatabase } from "@/db/open";

/**
 * The database for one integration test file: in-memory PGlite, or the fresh Postgres
 * database that the global setup created for this run (project "postgres").
 */
export function openTestDatabase(): Promise<Database> {
  const url = inject("postgresUrl");
  if (url) return openDatabase({ kind: "postgres", url, poolSize: 40 });
  return openDatabase({ kind: "pglite" });
}
