import type { PGlite } from "@electric-sql/pglite";
import type { Database } from "@/db/database";
import type { JobConnection } from "./job-system";

/**
 * pg-boss talks to real Postgres through its own small pool, and to PGlite through the app's
 * one embedded connection (PGlite allows no other).
 */
export function jobConnectionOf(database: Database, postgresUrl?: string): JobConnection {
  if (database.kind === "postgres") {
    if (!postgresUrl) throw new Error("The job system needs the Postgres connection string");
    return { kind: "postgres", url: postgresUrl };
  }
  return { kind: "pglite", client: (database.db as unknown as { $client: PGlite }).$client };
}
