import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { isUniqueViolation } from "@/server/services/is-unique-violation";
import { rowsOf } from "@/server/services/ledger/rows-of";
import { setUpTestDatabase } from "@/server/testing/test-database";
import type { Tx } from "./database";
import { sendBeforeCommit } from "./pipelined-transaction";

const database = setUpTestDatabase();
beforeAll(async () => {
  await database.db.execute(sql`create table probe (id int primary key, note text not null)`);
});

const insert = (tx: Tx, id: number, note: string) =>
  tx.execute(sql`insert into probe (id, note) values (${id}, ${note})`);

async function notes(ids: number[]) {
  const rows = await database.db.execute(
    sql`select note from probe where id in (${sql.join(ids, sql`, `)}) order by id`,
  );
  return rowsOf<{ note: string }>(rows).map((row) => row.note);
}

// On Postgres the BEGIN and the COMMIT travel with other statements; on PGlite these are
// drizzle's own transactions. Either way a caller sees the same outcomes.
describe("transactions", () => {
  it("commit the writes, the last one sent with the COMMIT", async () => {
    await database.db.transaction(async (tx) => {
      await insert(tx, 1, "first");
      await sendBeforeCommit(tx, insert(tx, 2, "last"));
    });
    expect(await notes([1, 2])).toEqual(["first", "last"]);
  });

  it("throw the last write's error and keep nothing when it fails", async () => {
    const failing = database.db.transaction(async (tx) => {
      await insert(tx, 3, "kept only if all commits");
      await sendBeforeCommit(tx, insert(tx, 1, "a duplicate id"));
      return "reported as done";
    });
    expect(isUniqueViolation(await failing.catch((error: unknown) => error), "probe_pkey")).toBe(
      true,
    );
    expect(await notes([3])).toEqual([]);
  });

  it("roll back when the work throws", async () => {
    const failing = database.db.transaction(async (tx) => {
      await insert(tx, 4, "never committed");
      throw new Error("the order cannot be paid");
    });
    await expect(failing).rejects.toThrow("the order cannot be paid");
    expect(await notes([4])).toEqual([]);
  });

  it("undo only a failed nested transaction", async () => {
    await database.db.transaction(async (tx) => {
      await insert(tx, 5, "outer");
      const failed = await tx
        .transaction(async (inner) => {
          await insert(inner, 6, "inner, undone");
          await insert(inner, 5, "a duplicate id");
        })
        .catch((error: unknown) => error);
      expect(isUniqueViolation(failed, "probe_pkey")).toBe(true);
      await tx.transaction(async (inner) => {
        await sendBeforeCommit(inner, insert(inner, 7, "inner, kept"));
      });
    });
    expect(await notes([5, 6, 7])).toEqual(["outer", "inner, kept"]);
  });

  it("leave the connection clean for the next transaction after a failure", async () => {
    const runs = Array.from({ length: 60 }, (_, i) =>
      database.db.transaction(async (tx) => {
        await insert(tx, 100 + i, `run ${i}`);
        await sendBeforeCommit(tx, insert(tx, i % 2 === 0 ? 1 : 200 + i, "odd runs only"));
      }),
    );
    const outcomes = await Promise.allSettled(runs);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(30);
    const [row] = rowsOf<{ n: number }>(
      await database.db.execute(
        sql`select count(*)::int as n from probe where id between 100 and 159`,
      ),
    );
    expect(row?.n).toBe(30);
  });
});
