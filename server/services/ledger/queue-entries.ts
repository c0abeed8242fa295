import type { LedgerKind } from "@/db/schema";
import type { Actor } from "../context";
import type { MemberKey } from "./lock-balance";
import { valuesList, type WriteBatch } from "./write-batch";

export const balanceColumns = [
  "available",
  "pending",
  "held",
  "cashback",
  "pendingCashback",
  "debt",
] as const;
export type BalanceColumn = (typeof balanceColumns)[number];
export type Deltas = Record<BalanceColumn, number>;

export type EntryDraft = Partial<Deltas> & {
  kind: LedgerKind;
  amount: number;
  reason: string;
  orderId?: string | null;
  programVersionId?: string | null;
};

export function sumDeltas(entries: Partial<Deltas>[]): Deltas {
  const sum: Deltas = {
    available: 0,
    pending: 0,
    held: 0,
    cashback: 0,
    pendingCashback: 0,
    debt: 0,
  };
  for (const entry of entries) for (const c of balanceColumns) sum[c] += entry[c] ?? 0;
  return sum;
}

const entryColumns = 16;
const insertTexts = new Map<number, string>();
function insertEntries(rows: number) {
  let text = insertTexts.get(rows);
  if (!text) {
    text = `insert into ledger_entries (merchant_id, member_id, kind, amount, available, pending, held,
      cashback, pending_cashback, debt, reason, order_id, program_version_id, actor_label,
      actor_user_id, created_at) values ${valuesList(rows, entryColumns)}`;
    insertTexts.set(rows, text);
  }
  return text;
}
const moveBalance = `update member_balances set available = available + $1,
      pending = pending + $2, held = held + $3, cashback = cashback + $4,
      pending_cashback = pending_cashback + $5, debt = debt + $6,
      updated_at = $7 where merchant_id = $8 and member_id = $9`;

/**
 * Appends entries (dated with the business time `at`, which jobs and imports set) and moves the
 * balance by exactly their deltas, queued on the caller's batch (after lockBalance). The
 * balance CHECKs are the last guard: a bug cannot leave a column negative. Statements built
 * once per number of entries: this runs on every paid order.
 */
export function queueEntries(
  batch: WriteBatch,
  key: MemberKey & { actor: Actor; at: Date },
  entries: EntryDraft[],
) {
  const kept = entries.filter(
    (e) => e.amount !== 0 || balanceColumns.some((c) => (e[c] ?? 0) !== 0),
  );
  if (kept.length === 0) return;
  const { merchantId, memberId, actor } = key;
  const userId = actor.kind === "staff" ? actor.userId : null;
  const at = key.at.toISOString();
  const params: unknown[] = [];
  for (const e of kept) {
    params.push(merchantId, memberId, e.kind, e.amount, e.available ?? 0, e.pending ?? 0);
    params.push(e.held ?? 0, e.cashback ?? 0, e.pendingCashback ?? 0, e.debt ?? 0, e.reason);
    params.push(e.orderId ?? null, e.programVersionId ?? null, actor.label, userId, at);
  }
  batch.add({ text: insertEntries(kept.length), params }, []);
  const d = sumDeltas(kept);
  const deltas = [d.available, d.pending, d.held, d.cashback, d.pendingCashback, d.debt];
  const moved = { text: moveBalance, params: [...deltas, at, merchantId, memberId] };
  batch.add(moved, [`balance:${merchantId}:${memberId}`]);
}
