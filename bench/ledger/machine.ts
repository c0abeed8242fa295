import os from "node:os";
import { sql } from "drizzle-orm";
import type { Db } from "@/db/database";
import { rowsOf } from "@/server/services/ledger/rows-of";

export async function describeMachine(db: Db) {
  const [row] = rowsOf<{ version: string }>(await db.execute(sql`select version() as version`));
  return {
    cpu: os.cpus()[0]?.model.trim() ?? "unknown",
    cores: os.cpus().length,
    node: process.version,
    postgres: row?.version ?? "unknown",
    date: new Date().toISOString(),
  };
}
