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
      const params = statements.flatMap((statement) => statement.params);
      await runStatement(tx, combinedText(statements), params);
    },
  };
}

type TextNode = { next: Map<string, TextNode>; text?: string };
let combined: TextNode = { next: new Map() };
let combinedCount = 0;
const maxCombined = 2_000;

/**
 * `with w0 as (…), w1 as (…) select 1` for this sequence of write texts, built once per
 * sequence: a paid order's batch is one of a few dozen shapes, and building its text (several
 * KB with renumbered placeholders) on every order cost more than the rest of its queueing.
 */
function combinedText(statements: readonly Statement[]) {
  let node = combined;
  for (const { text } of statements) {
    let next = node.next.get(text);
    if (!next) {
      if (++combinedCount > maxCombined) {
        combined = { next: new Map() };
        combinedCount = 0;
        return buildCombinedText(statements);
      }
      next = { next: new Map() };
      node.next.set(text, next);
    }
    node = next;
  }
  node.text ??= buildCombinedText(statements);
  return node.text;
}

function buildCombinedText(statements: readonly Statement[]) {
  const parts: string[] = [];
  let offset = 0;
  for (const [i, statement] of statements.entries()) {
    parts.push(`w${i} as (${shiftPlaceholders(statement.text, offset)})`);
    offset += statement.params.length;
  }
  return `with ${parts.join(", ")} select 1`;
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
