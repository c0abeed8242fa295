import { readFileSync } from "node:fs";
import { sql } from "drizzle-orm";
import type { Db } from "@/db/database";
import { rowsOf } from "@/server/services/ledger/rows-of";

const ticksPerSecond = 100;

export type CpuSample = { clientMs: number; serverMs: number };

/**
 * CPU spent so far by this process and by the Postgres backends serving this database (from
 * /proc; Linux only, 0 elsewhere). Per order, these are steadier than orders/s on a shared box.
 */
export async function sampleCpu(db: Db, database: string): Promise<CpuSample> {
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
  return {
    clientMs: (usage.user + usage.system) / 1000,
    serverMs: (ticks * 1000) / ticksPerSecond,
  };
}
