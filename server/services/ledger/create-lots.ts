import { randomUUID } from "node:crypto";
import type { Wallet } from "@/db/schema";
import type { MemberKey } from "./lock-balance";
import { valuesList, type WriteBatch } from "./write-batch";

/** What the engine's EarnLot carries, minus the program for lots no program made (adjustments). */
export type CreditLot = {
  versionId: string | null;
  amount: number;
  availableAt: Date;
  expiresAt: Date | null;
};
export type NewLot = CreditLot & { id: string; isPending: boolean; remaining: number };

/** Lot ids are made here so an order can record them before the insert round trip. */
export function planLots(earned: CreditLot[], now: Date, repay: number[] = []): NewLot[] {
  return earned.map((lot, i) => ({
    versionId: lot.versionId,
    amount: lot.amount,
    availableAt: lot.availableAt,
    expiresAt: lot.expiresAt,
    id: randomUUID(),
    isPending: lot.availableAt.getTime() > now.getTime(),
    remaining: lot.amount - (repay[i] ?? 0),
  }));
}

const lotColumns = 12;
const insertTexts = new Map<number, string>();
function insertLots(rows: number) {
  let text = insertTexts.get(rows);
  if (!text) {
    text = `insert into lots (merchant_id, id, member_id, wallet, status, amount, remaining, available_at,
      expires_at, order_id, program_version_id, created_at) values ${valuesList(rows, lotColumns)}`;
    insertTexts.set(rows, text);
  }
  return text;
}

export function queueLotInserts(
  batch: WriteBatch,
  key: MemberKey,
  planned: NewLot[],
  extra: { wallet: Wallet; now: Date; orderId?: string | null },
) {
  const kept = planned.filter((lot) => lot.amount > 0);
  if (kept.length === 0) return;
  const createdAt = extra.now.toISOString();
  const params: unknown[] = [];
  for (const lot of kept) {
    const status = lot.isPending ? "pending" : "available";
    params.push(key.merchantId, lot.id, key.memberId, extra.wallet, status, lot.amount);
    params.push(lot.remaining, lot.availableAt.toISOString(), lot.expiresAt?.toISOString() ?? null);
    params.push(extra.orderId ?? null, lot.versionId, createdAt);
  }
  batch.add({ text: insertLots(kept.length), params }, []);
}
