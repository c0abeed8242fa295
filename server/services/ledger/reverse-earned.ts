import { and, eq, gt, isNull, or, sql } from "drizzle-orm";
import type { Executor } from "@/db/database";
import { lots } from "@/db/schema";
import { type DebtPolicy, type LotAmount, planReversal } from "@/server/engine";
import { changeLots } from "./change-lots";
import { toEngineLot } from "./engine-lot";
import type { MemberKey } from "./lock-balance";
import type { EntryDraft } from "./queue-entries";
import type { WriteBatch } from "./write-batch";

type Reversal = { orderId: string; reversals: LotAmount[]; now: Date; policy: DebtPolicy };

/**
 * Takes back points an order earned: from its own lots first (even pending), then, per the
 * engine's plan, from other available points; what is still missing becomes debt or is
 * written off by the store's policy. Never leaves a spendable column negative.
 */
export async function reverseEarned(tx: Executor, batch: WriteBatch, key: MemberKey, r: Reversal) {
  const total = r.reversals.reduce((sum, x) => sum + x.amount, 0);
  if (total === 0) return { entries: [] as EntryDraft[], debt: 0, dropped: 0, reversed: 0 };
  await batch.flush(tx);
  const rows = await tx
    .select({
      id: lots.id,
      status: lots.status,
      remaining: lots.remaining,
      availableAt: lots.availableAt,
      expiresAt: lots.expiresAt,
    })
    .from(lots)
    .where(
      and(
        eq(lots.merchantId, key.merchantId),
        eq(lots.memberId, key.memberId),
        eq(lots.wallet, "points"),
        // Open lots only, through the member's open-lot index: a spent lot of the order has
        // nothing left to take back, and the plan counts a missing lot as empty.
        lots.isOpen,
        or(
          eq(lots.orderId, r.orderId),
          and(eq(lots.status, "available"), or(isNull(lots.expiresAt), gt(lots.expiresAt, r.now))),
        ),
      ),
    )
    .orderBy(sql`${lots.id}`);
  const lotsNow = rows.map((lot) => toEngineLot(lot, r.now));
  const plan = planReversal(lotsNow, r.reversals, r.now, r.policy);
  await changeLots(tx, key.merchantId, plan.deductions, -1);
  const statusOf = new Map(rows.map((lot) => [lot.id, lot.status]));
  let available = 0;
  let pending = 0;
  for (const d of plan.deductions) {
    if (statusOf.get(d.lotId) === "pending") pending += d.amount;
    else available += d.amount;
  }
  const notes = [
    plan.debt > 0 ? `${plan.debt} owed as debt` : "",
    plan.dropped > 0 ? `${plan.dropped} written off` : "",
  ].filter(Boolean);
  const entry: EntryDraft = {
    kind: "reverse",
    amount: -(available + pending + plan.debt),
    available: -available,
    pending: -pending,
    debt: plan.debt,
    orderId: r.orderId,
    reason: ["refund: earned points reversed", ...notes].join("; "),
  };
  return {
    entries: [entry],
    debt: plan.debt,
    dropped: plan.dropped,
    reversed: available + pending,
  };
}
