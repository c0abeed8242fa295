import type { Executor } from "@/db/database";
import type { LotAmount } from "@/server/engine";
import { runStatement } from "../execute-prepared";
import { type Statement, valuesList, type WriteBatch } from "./write-batch";

const texts = new Map<number, string>();
function changeText(rows: number) {
  let text = texts.get(rows);
  if (!text) {
    text = `update lots set remaining = lots.remaining + v.delta
      from (values ${valuesList(rows, 2, ["::uuid", "::bigint"])}) as v(id, delta)
      where lots.merchant_id = $${rows * 2 + 1} and lots.id = v.id`;
    texts.set(rows, text);
  }
  return text;
}

/**
 * Adds (sign 1) or removes (sign -1) points on several lots in one statement. Callers hold the
 * member lock; the lots CHECK refuses a remaining below 0 or above the lot's amount.
 */
function lotChanges(merchantId: string, changes: LotAmount[], sign: 1 | -1): Statement | null {
  const nonZero = changes.filter((c) => c.amount !== 0);
  if (nonZero.length === 0) return null;
  const params: unknown[] = [];
  for (const c of nonZero) params.push(c.lotId, sign * c.amount);
  params.push(merchantId);
  return { text: changeText(nonZero.length), params };
}

export async function changeLots(
  tx: Executor,
  merchantId: string,
  changes: LotAmount[],
  sign: 1 | -1,
) {
  const query = lotChanges(merchantId, changes, sign);
  if (query) await runStatement(tx, query.text, query.params);
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
