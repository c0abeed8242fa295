import type { SQL } from "drizzle-orm";
import type { Executor } from "@/db/database";
import { rowsOf } from "../ledger/rows-of";

/** Raw dashboard SQL: postgres-js answers bigints as strings, PGlite as numbers; both become numbers. */
export async function selectRows<T extends Record<string, unknown>>(
  db: Executor,
  query: SQL,
): Promise<T[]> {
  return rowsOf<T>(await db.execute(query));
}

export const toNumber = (value: unknown): number => (value == null ? 0 : Number(value));
