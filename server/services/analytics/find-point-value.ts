import { sql } from "drizzle-orm";
import type { Executor } from "@/db/database";
import { selectRows, toNumber } from "./run-query";

/**
 * What one point is worth in money (minor units): the bonus setting of the newest published
 * version of the store's first bonus program. Null when the store has no points program.
 */
export async function findPointValue(db: Executor, merchantId: string): Promise<number | null> {
  const [row] = await selectRows(
    db,
    sql`select (v.config->'bonus'->>'pointValue')::bigint as value
      from program_versions v join programs p on p.merchant_id = v.merchant_id and p.id = v.program_id
      where v.merchant_id = ${merchantId} and v.status = 'published'
        and v.config->'bonus'->>'pointValue' is not null
      order by p.created_at, v.version desc limit 1`,
  );
  return row ? toNumber(row.value) : null;
}
