import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { Tx } from "@/db/database";
import { sendBeforeCommit } from "@/db/pipelined-transaction";
import { idempotencyKeys } from "@/db/schema";
import { Conflict } from "@/server/errors";
import type { ServiceContext } from "../context";
import { selectJsonStatement } from "../execute-prepared";
import { createWriteBatch, type WriteBatch } from "../ledger/write-batch";
import { hashRequest } from "./hash-request";

export const IdempotencyKey = z.string().trim().min(1).max(200);

export type Call = { ctx: ServiceContext; key: string; operation: string; input: unknown };

/** A call's key claim and prefetch reads, sent and not yet awaited (see runIdempotent). */
export type SentClaim<P> = {
  claimed: Promise<boolean | null>;
  prefetched: Promise<P> | undefined;
  requestHash: string;
};

/**
 * Runs `effect` once per (merchant, key). The effect queues its writes on the batch, flushed
 * with the stored response in one statement. The key row is inserted first in the transaction:
 * a concurrent twin blocks on it, then reads the stored response. A failed effect rolls the key
 * back, so a retry after an error runs again. Inside a caller's transaction this is a savepoint
 * (not inTransaction): a caller that catches our error must not keep the key.
 * `prefetch` reads are sent right behind the key's insert (one round trip for both); the
 * effect gets their result only if the key was claimed, a replay ignores them.
 */
export async function runIdempotent<T, P = undefined>(
  call: Call,
  effect: (tx: Tx, batch: WriteBatch, prefetched: P) => Promise<T>,
  prefetch?: (tx: Tx) => Promise<P>,
): Promise<T> {
  return call.ctx.db.transaction((tx) =>
    settleClaim(tx, call, sendClaim(tx, call, prefetch), effect),
  );
}

/** Sends the key's claim and, behind it, the prefetch reads, without waiting for either. */
export function sendClaim<P>(tx: Tx, call: Call, prefetch?: (tx: Tx) => Promise<P>): SentClaim<P> {
  const { ctx, key, operation } = call;
  const requestHash = hashRequest(operation, call.input);
  const claimed = selectJsonStatement<boolean>(tx, claimStatement, [
    ctx.merchantId,
    key,
    operation,
    requestHash,
  ]);
  const prefetched = prefetch?.(tx);
  // Settled below either way; a replay never looks at it.
  prefetched?.catch(() => {});
  return { claimed, prefetched, requestHash };
}

/**
 * The claimed call runs its effect, and its stored response goes out with the COMMIT; a
 * replay reads the first call's response back.
 */
export async function settleClaim<T, P>(
  tx: Tx,
  call: Call,
  sent: SentClaim<P>,
  effect: (tx: Tx, batch: WriteBatch, prefetched: P) => Promise<T>,
): Promise<T> {
  const { ctx, key } = call;
  if (!(await sent.claimed)) return storedResponse<T>(tx, ctx.merchantId, key, sent.requestHash);
  const batch = createWriteBatch();
  // The first call returns exactly what a replay will read back from jsonb.
  const json = JSON.stringify(await effect(tx, batch, (await sent.prefetched) as P));
  const remember = { text: rememberStatement, params: [json, ctx.merchantId, key] };
  batch.add(remember, [`idempotency:${key}`]);
  await sendBeforeCommit(tx, batch.flush(tx));
  return JSON.parse(json) as T;
}

const rememberStatement = `update idempotency_keys set response = $1::jsonb
  where merchant_id = $2 and key = $3`;

const claimStatement = `insert into idempotency_keys (merchant_id, key, operation, request_hash)
  values ($1, $2, $3, $4) on conflict do nothing returning true as v`;

async function storedResponse<T>(tx: Tx, merchantId: string, key: string, requestHash: string) {
  const [row] = await tx
    .select()
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.merchantId, merchantId), eq(idempotencyKeys.key, key)));
  if (!row) throw new Error("Idempotency key vanished after a conflicting insert");
  if (row.requestHash !== requestHash) {
    throw new Conflict("This idempotency key was already used with different parameters");
  }
  return row.response as T;
}
