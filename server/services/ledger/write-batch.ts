import { type SQLWrapper, sql } from "drizzle-orm";
import type { Executor } from "@/db/database";
import { executePrepared } from "../execute-prepared";

/**
 * Writes queued to run as ONE statement (data-modifying CTEs), which keeps a paid order to a
 * handful of round trips. Postgres applies only one change when a statement writes a row twice,
 * so each write names the rows it changes and a repeat throws instead of losing a change.
 * Helpers that read ledger rows flush first. Foreign keys are checked at the end of the
 * statement, so the order of queued writes does not matter.
 */
export type WriteBatch = {
  add: (write: SQLWrapper, rows: string[]) => void;
  flush: (tx: Executor) => Promise<void>;
};

export function createWriteBatch(): WriteBatch {
  let writes: SQLWrapper[] = [];
  let rows = new Set<string>();
  return {
    add: (write, touched) => {
      for (const row of touched) {
        if (rows.has(row)) throw new Error(`A write batch must not change ${row} twice`);
        rows.add(row);
      }
      writes.push(write);
    },
    flush: async (tx) => {
      const queued = writes;
      writes = [];
      rows = new Set();
      const [only] = queued;
      if (!only) return;
      if (queued.length === 1) {
        await executePrepared(tx, only);
        return;
      }
      const parts = queued.map((write, i) => sql`${sql.raw(`w${i}`)} as (${write.getSQL()})`);
      await executePrepared(tx, sql`with ${sql.join(parts, sql`, `)} select 1`);
    },
  };
}
