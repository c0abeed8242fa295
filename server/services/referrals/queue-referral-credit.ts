import type { Actor } from "../context";
import { queueLotInserts } from "../ledger/create-lots";
import type { MemberKey } from "../ledger/lock-balance";
import { planCredit } from "../ledger/plan-credit";
import { queueEntries } from "../ledger/queue-entries";
import type { WriteBatch } from "../ledger/write-batch";

type Credit = {
  key: MemberKey;
  /** The member's outstanding debt, read under their balance lock. */
  debt: number;
  versionId: string;
  points: number;
  reason: string;
  actor: Actor;
  now: Date;
};

/** A referral reward as an available lot and its ledger entry (repaying debt first). */
export function queueReferralCredit(batch: WriteBatch, credit: Credit) {
  if (credit.points <= 0) return;
  const { key, now } = credit;
  const plan = planCredit(
    [
      {
        versionId: credit.versionId,
        amount: credit.points,
        availableAt: now,
        expiresAt: null,
      },
    ],
    { now, wallet: "points", kind: "earn", reason: credit.reason, debt: credit.debt },
  );
  queueLotInserts(batch, key, plan.lots, { wallet: "points", now });
  queueEntries(batch, { ...key, actor: credit.actor, at: now }, plan.entries);
}
