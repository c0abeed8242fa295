import { readFileSync } from "node:fs";
import { sql } from "drizzle-orm";
import type { Db } from "@/db/database";
import { rowsOf } from "@/server/services/ledger/rows-of";

const ticksPerSecond = 100;

export type WorkSample = { clientMs: number; serverMs: number; walBytes: number };

/**
 * Work done so far: CPU of this process and of the Postgres backends serving this database
 * (from /proc; Linux only, 0 elsewhere) and WAL written by the server. CPU per order is steadier
 * than orders/s on a shared box; WAL bytes per order do not depend on the box at all (index
 * entries, row versions and full-page images all land there).
 */
export async function sampleWork(db: Db, database: string): Promise<WorkSample> {
  const usage = process.cpuUsage();
  const rows = rowsOf<{ pid: number }>(
    await db.execute(sql`select pid from pg_stat_activity where datname = ${database}`),
  );
  let ticks = 0;
  for (const { pid } of rows) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
      ticks += Number(fields[11] ?? 0) + Number(fields[12] ?? 0);
    } catch {
      // A backend that exited between the query and the read has nothing left to count.
    }
  }
  const [wal] = rowsOf<{ bytes: string }>(
    await db.execute(
      sql`select pg_wal_lsn_diff(pg_current_wal_insert_lsn(), '0/0')::text as bytes`,
    ),
  );
  return {
    clientMs: (usage.user + usage.system) / 1000,
    serverMs: (ticks * 1000) / ticksPerSecond,
    walBytes: Number(wal?.bytes ?? 0),
  };
}
