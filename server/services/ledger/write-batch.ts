import type { SQLWrapper } from "drizzle-orm";
import type { Executor } from "@/db/database";
import { runStatement } from "../execute-prepared";

/** A write whose text is built once, with $1… placeholders, and its values. */
export type Statement = { text: string; params: unknown[] };

/**
 * Writes queued to run as ONE statement (data-modifying CTEs), which keeps a paid order to a
 * handful of round trips. Postgres applies only one change when a statement writes a row twice,
 * so each write names the rows it changes and a repeat throws instead of losing a change.
 * Helpers that read ledger rows flush first. Foreign keys are checked at the end of the
 * statement, so the order of queued writes does not matter. Hot-path writes come as prebuilt
 * text (Statement) so no query builder runs per order; others may still pass drizzle SQL.
 */
export type WriteBatch = {
  add: (write: SQLWrapper | Statement, rows: string[]) => void;
  flush: (tx: Executor) => Promise<void>;
};

export function createWriteBatch(): WriteBatch {
  let writes: (SQLWrapper | Statement)[] = [];
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
      if (queued.length === 0) return;
      const statements = queued.map((write) => toStatement(tx, write));
      const [only] = statements;
      if (only && statements.length === 1) {
        await runStatement(tx, only.text, only.params);
        return;
      }
      const parts: string[] = [];
      const params: unknown[] = [];
      for (const [i, statement] of statements.entries()) {
        parts.push(`w${i} as (${shiftPlaceholders(statement.text, params.length)})`);
        params.push(...statement.params);
      }
      await runStatement(tx, `with ${parts.join(", ")} select 1`, params);
    },
  };
}

function toStatement(tx: Executor, write: SQLWrapper | Statement): Statement {
  if ("text" in write) return write;
  const built = tx.execute(write.getSQL()).getQuery();
  return { text: built.sql, params: built.params };
}

/** $1… of one write become $(offset+1)… in the combined statement (no write has a literal `$`). */
function shiftPlaceholders(text: string, offset: number) {
  if (offset === 0) return text;
  return text.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + offset}`);
}

const lists = new Map<string, string>();

/**
 * `($1, $2), ($3, $4)` for `rows` rows of `columns` values (`casts` appended per column, e.g.
 * `::uuid`), built once per shape.
 */
export function valuesList(rows: number, columns: number, casts: readonly string[] = []) {
  const key = `${rows}:${columns}:${casts.join(",")}`;
  let list = lists.get(key);
  if (!list) {
    const tuples: string[] = [];
    for (let r = 0; r < rows; r++) {
      const cells: string[] = [];
      for (let c = 0; c < columns; c++) cells.push(`$${r * columns + c + 1}${casts[c] ?? ""}`);
      tuples.push(`(${cells.join(", ")})`);
    }
    list = tuples.join(", ");
    lists.set(key, list);
  }
  return list;
}
