import type { PGlite } from "@electric-sql/pglite";

/**
 * pg-boss's `db` option over the embedded database. PGlite runs one statement with parameters
 * per query, so parameterless (possibly multi-statement) plans go through `exec`. A failed
 * multi-statement plan can leave its BEGIN open on the one shared connection: roll it back.
 */
export function createPgliteBossDb(client: PGlite) {
  return {
    async executeSql(text: string, values?: unknown[]) {
      if (values && values.length > 0) return { rows: (await client.query(text, values)).rows };
      try {
        const results = await client.exec(text);
        return { rows: results.at(-1)?.rows ?? [] };
      } catch (error) {
        await client.exec("ROLLBACK");
        throw error;
      }
    },
  };
}
