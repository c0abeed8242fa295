import { type SQL, sql } from "drizzle-orm";
import type { Executor } from "@/db/database";
import type { LotAmount } from "@/server/engine";
import type { WriteBatch } from "./write-batch";

/**
 * Adds (sign 1) or removes (sign -1) points on several lots in one statement. Callers hold the
 * member lock; the lots CHECK refuses a remaining below 0 or above the lot's amount.
 */
function lotChanges(merchantId: string, changes: LotAmount[], sign: 1 | -1): SQL | null {
  const nonZero = changes.filter((c) => c.amount !== 0);
  if (nonZero.length === 0) return null;
  const values = sql.join(
    nonZero.map((c) => sql`(${c.lotId}::uuid, ${sign * c.amount}::bigint)`),
    sql`, `,
  );
  return sql`update lots set remaining = lots.remaining + v.delta
    from (values ${values}) as v(id, delta)
    where lots.merchant_id = ${merchantId} and lots.id = v.id`;
}

export async function changeLots(
  tx: Executor,
  merchantId: string,
  changes: LotAmount[],
  sign: 1 | -1,
) {
  const query = lotChanges(merchantId, changes, sign);
  if (query) await tx.execute(query);
}

export function queueLotChanges(
  batch: WriteBatch,
  merchantId: string,
  changes: LotAmount[],
  sign: 1 | -1,
) {
  const query = lotChanges(merchantId, changes, sign);
  if (query)
    batch.add(
      query,
      changes.map((c) => `lot:${c.lotId}`),
    );
}
