import type { Executor } from "@/db/database";
import type { LotStatus, Wallet } from "@/db/schema";
import { allocateSpend, type LotAmount } from "@/server/engine";
import { LimitExceeded } from "@/server/errors";
import { selectJsonStatement } from "../execute-prepared";
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

export type SpendableLot = Omit<LotRow, "availableAt" | "expiresAt"> & {
  availableAt: Date;
  expiresAt: Date | null;
};

// $1 merchant, $2 member id or (byExternalId) the store's customer id, $3 now.
function lotsStatement(byExternalId: boolean) {
  const member = byExternalId
    ? "(select m.id from members m where m.merchant_id = $1 and m.external_id = $2::text)"
    : "$2::uuid";
  return `select coalesce(json_agg(json_build_object('id', id, 'wallet', wallet, 'status', status,
      'remaining', remaining, 'availableAt', available_at, 'expiresAt', expires_at,
      'programVersionId', program_version_id)), '[]'::json) as v
      from lots where merchant_id = $1 and member_id = ${member}
      and wallet = 'points' and is_open and (status = 'available' or available_at <= $3::timestamptz)
      and (expires_at is null or expires_at > $3::timestamptz)`;
}
const byMemberId = lotsStatement(false);
const byExternalId = lotsStatement(true);

/**
 * The member's points lots that can be spent now: available ones and pending ones already due,
 * unexpired. Read under the member lock, in a statement of its own so it sees the last
 * holder's writes.
 */
export async function readSpendableLots(
  tx: Executor,
  merchantId: string,
  member: { memberId: string } | { externalId: string },
  now: Date,
): Promise<SpendableLot[]> {
  const params =
    "memberId" in member
      ? [merchantId, member.memberId, now.toISOString()]
      : [merchantId, member.externalId, now.toISOString()];
  const text = "memberId" in member ? byMemberId : byExternalId;
  const found = await selectJsonStatement<LotRow[]>(tx, text, params);
  return (found ?? []).map((lot) => ({
    ...lot,
    availableAt: new Date(lot.availableAt),
    expiresAt: lot.expiresAt === null ? null : new Date(lot.expiresAt),
  }));
}

/**
 * Removes `amount` points from the member's lots, soonest expiry first (the engine decides).
 * Pending lots whose delay has passed are activated on the spot rather than waiting for the job.
 * Callers hold the member lock and post the returned entries with their own; the removal
 * itself is queued on the batch. `lots` are the member's spendable lots if the caller already
 * read them under the lock and nothing queued since changes lots.
 */
export async function takePoints(
  tx: Executor,
  batch: WriteBatch,
  key: MemberKey,
  options: { amount: number; now: Date; debt: number; lots?: SpendableLot[] },
): Promise<{ taken: LotAmount[]; entries: EntryDraft[]; repaid: number }> {
  const { amount, now, debt } = options;
  if (amount === 0) return { taken: [], entries: [], repaid: 0 };
  let rows = options.lots;
  if (!rows) {
    await batch.flush(tx);
    rows = await readSpendableLots(tx, key.merchantId, key, now);
  }
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
