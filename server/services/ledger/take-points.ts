import { sql } from "drizzle-orm";
import type { Executor } from "@/db/database";
import type { LotStatus, Wallet } from "@/db/schema";
import { allocateSpend, type LotAmount } from "@/server/engine";
import { LimitExceeded } from "@/server/errors";
import { selectJson } from "../execute-prepared";
import { activateLots } from "./activate-lots";
import { queueLotChanges } from "./change-lots";
import { toEngineLot } from "./engine-lot";
import type { MemberKey } from "./lock-balance";
import type { EntryDraft } from "./queue-entries";
import type { WriteBatch } from "./write-batch";

type LotRow = {
  id: string;
  wallet: Wallet;
  status: LotStatus;
  remaining: number;
  availableAt: string;
  expiresAt: string | null;
  programVersionId: string | null;
};

/**
 * Removes `amount` points from the member's lots, soonest expiry first (the engine decides).
 * Pending lots whose delay has passed are activated on the spot rather than waiting for the job.
 * Callers hold the member lock and post the returned entries with their own; the removal
 * itself is queued on the batch.
 */
export async function takePoints(
  tx: Executor,
  batch: WriteBatch,
  key: MemberKey,
  options: { amount: number; now: Date; debt: number },
): Promise<{ taken: LotAmount[]; entries: EntryDraft[]; repaid: number }> {
  const { amount, now, debt } = options;
  if (amount === 0) return { taken: [], entries: [], repaid: 0 };
  await batch.flush(tx);
  const at = now.toISOString();
  const found = await selectJson<LotRow[]>(
    tx,
    sql`select coalesce(json_agg(json_build_object('id', id, 'wallet', wallet, 'status', status,
      'remaining', remaining, 'availableAt', available_at, 'expiresAt', expires_at,
      'programVersionId', program_version_id)), '[]'::json) as v
      from lots where merchant_id = ${key.merchantId} and member_id = ${key.memberId}
      and wallet = 'points' and remaining > 0 and (status = 'available' or available_at <= ${at}::timestamptz)
      and (expires_at is null or expires_at > ${at}::timestamptz)`,
  );
  const rows = (found ?? []).map((lot) => ({
    ...lot,
    availableAt: new Date(lot.availableAt),
    expiresAt: lot.expiresAt === null ? null : new Date(lot.expiresAt),
  }));
  const due = rows.filter((lot) => lot.status === "pending");
  const activated = await activateLots(tx, key.merchantId, due, debt);
  const spendable = rows.map((lot) => ({
    ...toEngineLot(lot, now),
    remaining: activated.remaining.get(lot.id) ?? lot.remaining,
  }));
  const allocation = allocateSpend(spendable, amount, now);
  if (!allocation.ok) {
    throw new LimitExceeded(
      `Not enough points: ${amount} requested, ${allocation.error.params.available ?? 0} available`,
    );
  }
  queueLotChanges(batch, key.merchantId, allocation.value, -1);
  return { taken: allocation.value, entries: activated.entries, repaid: activated.repaid };
}
