import { PgDialect } from "drizzle-orm/pg-core";
import { PostgresJsSession, PostgresJsTransaction } from "drizzle-orm/postgres-js";
import type { ReservedSql, Sql } from "postgres";
import type { Tx } from "./database";

type Transaction = <T>(fn: (tx: Tx) => Promise<T>) => Promise<T>;

const lastWrites = new WeakMap<Tx, Promise<unknown>[]>();

/**
 * Transactions on a postgres-js pool that save two round trips each: BEGIN is sent with the
 * first statement instead of on its own, and a write handed to `sendBeforeCommit` travels with
 * the COMMIT. On a database shared by a few cores the round trips (a system call and two
 * context switches each) cost as much CPU as the statements. Nested transactions are savepoints.
 */
export function createPipelinedTransaction(client: Sql): Transaction {
  const dialect = new PgDialect({ casing: "snake_case" });
  return async (fn) => {
    const reserved = await client.reserve();
    // What drizzle's transaction uses of postgres-js's transaction client: queries and savepoints.
    const connection = Object.assign(reserved, {
      savepoint: savepointOn(reserved),
    });
    const session = new PostgresJsSession(connection, dialect, undefined, {});
    const tx = new PostgresJsTransaction(dialect, session as never, undefined) as unknown as Tx;
    const writes: Promise<unknown>[] = [];
    lastWrites.set(tx, writes);
    const begun = reserved.unsafe("begin").execute();
    let ended = false;
    try {
      const result = await fn(tx);
      ended = true;
      const commit = reserved.unsafe("commit").execute();
      const [done] = await Promise.all([commit, begun, ...writes]);
      // A COMMIT of a transaction that failed is answered ROLLBACK, not an error.
      if (done.command !== "COMMIT") throw new Error("The transaction was rolled back");
      return result;
    } catch (error) {
      if (!ended) await reserved.unsafe("rollback").catch(() => {});
      await Promise.allSettled(writes);
      throw error;
    } finally {
      lastWrites.delete(tx);
      reserved.release();
    }
  };
}

/**
 * The transaction's last write: in a pipelined transaction it is sent now and awaited with the
 * COMMIT (its error, if any, is what the transaction throws); anywhere else it is awaited here.
 */
export async function sendBeforeCommit(tx: Tx, write: PromiseLike<unknown>): Promise<void> {
  // Once: a drizzle query runs again every time it is awaited.
  const sent = Promise.resolve(write);
  const writes = lastWrites.get(tx);
  if (!writes) {
    await sent;
    return;
  }
  sent.catch(() => {});
  writes.push(sent);
}

function savepointOn(reserved: ReservedSql) {
  let count = 0;
  return async <T>(fn: (sql: ReservedSql) => Promise<T>): Promise<T> => {
    const name = `s${count++}`;
    await reserved.unsafe(`savepoint ${name}`);
    try {
      const result = await fn(reserved);
      await reserved.unsafe(`release savepoint ${name}`);
      return result;
    } catch (error) {
      await reserved.unsafe(`rollback to savepoint ${name}`);
      throw error;
    }
  };
}
