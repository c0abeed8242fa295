import { randomUUID } from "node:crypto";
import type { Executor } from "@/db/database";
import type { LotAmount } from "@/server/engine";
import type { MemberKey } from "./lock-balance";
import type { EntryDraft } from "./queue-entries";
import { spendEntry } from "./spend-points";
import { type SpendableLot, takePoints } from "./take-points";
import { valuesList, type WriteBatch } from "./write-batch";

type HoldOptions = {
  orderId: string;
  amount: number;
  now: Date;
  expiresAt: Date;
  debt: number;
  /** Spend at once (a placed order whose hold lapsed before payment): the hold is born captured. */
  capture: boolean;
  /** The member's spendable lots, if already read under the lock (see takePoints). */
  lots?: SpendableLot[];
};

const insertHold = `insert into holds (merchant_id, id, member_id, order_id, amount, status,
  expires_at, closed_at, created_at) values ($1, $2, $3, $4, $5, $6, $7, $8, $9)`;
const allocationTexts = new Map<number, string>();
function insertAllocations(rows: number) {
  let text = allocationTexts.get(rows);
  if (!text) {
    text = `insert into lot_allocations (merchant_id, hold_id, lot_id, amount) values ${valuesList(rows, 4)}`;
    allocationTexts.set(rows, text);
  }
  return text;
}

/** Sets points aside from specific lots, so expiry can never burn points an order counts on. */
export async function holdPoints(
  tx: Executor,
  batch: WriteBatch,
  key: MemberKey,
  options: HoldOptions,
): Promise<{ holdId: string; taken: LotAmount[]; entries: EntryDraft[]; repaid: number }> {
  const { orderId, amount, now, expiresAt, capture } = options;
  const { taken, entries, repaid } = await takePoints(tx, batch, key, {
    amount,
    now,
    debt: options.debt,
    lots: options.lots,
  });
  const holdId = randomUUID();
  const at = now.toISOString();
  const status = capture ? "spent" : "active";
  const closedAt = capture ? at : null;
  const hold = [key.merchantId, holdId, key.memberId, orderId, amount, status];
  batch.add({ text: insertHold, params: [...hold, expiresAt.toISOString(), closedAt, at] }, []);
  const allocations: unknown[] = [];
  for (const t of taken) allocations.push(key.merchantId, holdId, t.lotId, t.amount);
  batch.add({ text: insertAllocations(taken.length), params: allocations }, []);
  entries.push(
    capture
      ? spendEntry(orderId, amount)
      : {
          kind: "hold",
          amount: -amount,
          available: -amount,
          held: amount,
          orderId,
          reason: "points reserved for the order",
        },
  );
  return { holdId, taken, entries, repaid };
}
