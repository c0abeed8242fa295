import {
  buildOrderSnapshot,
  type LotAmount,
  type MemberStats,
  type ProgramVersion,
  type Quote,
  type StatWindow,
} from "@/server/engine";
import { queueClubPurchases } from "../club/queue-club-purchases";
import type { Actor } from "../context";
import { queueLotInserts } from "../ledger/create-lots";
import type { MemberKey } from "../ledger/lock-balance";
import { planCredit } from "../ledger/plan-credit";
import { type EntryDraft, queueEntries } from "../ledger/queue-entries";
import type { WriteBatch } from "../ledger/write-batch";
import { queueOrderCount } from "../stats/count-order";
import { decideTier } from "../stats/decide-tier";
import { addOrderToStats } from "../stats/load-member-stats";
import { shiftEarnLots } from "./shift-earn-lots";

export type Settlement = {
  key: MemberKey;
  actor: Actor;
  orderId: string;
  priced: Quote;
  quotedAt: Date;
  versions: readonly ProgramVersion[];
  member: { tier: string | null; tierBelowSince: Date | null };
  stats: { before: MemberStats; windows: StatWindow[] };
  /** Debt left after anything this transaction already repaid. */
  debt: number;
  /** Lots the order's points came from, and the entries that took them. */
  spent: { taken: LotAmount[]; entries: EntryDraft[] };
  clock: { now: Date; timezone: string };
};

/**
 * Books a payment on the batch: earned points and cashback as lots (pending or available, debt
 * repaid first), the spend's entries, member figures and tier. Returns the snapshot refunds
 * start from.
 */
export function settlePaidOrder(batch: WriteBatch, s: Settlement) {
  const { key, orderId, priced, clock } = s;
  const points = planCredit(shiftEarnLots(priced.earn.lots, s.quotedAt, clock.now), {
    now: clock.now,
    wallet: "points",
    kind: "earn",
    reason: "points earned on the order",
    debt: s.debt,
    orderId,
  });
  const cashback = planCredit(shiftEarnLots(priced.cashback.lots, s.quotedAt, clock.now), {
    now: clock.now,
    wallet: "cashback",
    kind: "cashback",
    reason: "cashback earned on the order",
    debt: 0,
    orderId,
  });
  queueLotInserts(batch, key, [...points.lots], { wallet: "points", orderId, now: clock.now });
  queueLotInserts(batch, key, [...cashback.lots], {
    wallet: "cashback",
    orderId,
    now: clock.now,
  });
  queueEntries(batch, { ...key, actor: s.actor, at: clock.now }, [
    ...s.spent.entries,
    ...points.entries,
    ...cashback.entries,
  ]);
  queueClubPurchases(batch, {
    key,
    versions: s.versions,
    priced,
    orderId,
    now: clock.now,
    actorLabel: s.actor.label,
  });
  const spend = priced.totals.subtotal - priced.totals.discount;
  const after = addOrderToStats(s.stats.before, s.stats.windows, spend);
  const tier = decideTier(s.versions, after, s.member, clock);
  queueOrderCount(batch, key, {
    spend,
    orders: 1,
    paidAt: clock.now,
    timezone: clock.timezone,
    tier,
  });
  return buildOrderSnapshot(
    priced,
    points.lots.map((lot) => lot.id),
    s.spent.taken,
  );
}
