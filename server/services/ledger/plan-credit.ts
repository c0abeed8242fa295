import type { LedgerKind, Wallet } from "@/db/schema";
import { type CreditLot, type NewLot, planLots } from "./create-lots";
import type { EntryDraft } from "./queue-entries";

export type CreditPlan = { lots: NewLot[]; entries: EntryDraft[]; repaid: number };

type Options = {
  now: Date;
  wallet: Wallet;
  kind: LedgerKind;
  reason: string;
  /** Outstanding debt: points that become available repay it first. */
  debt: number;
  orderId?: string | null;
};

/** One lot and one entry per earning program version; pending lots repay debt when they activate. */
export function planCredit(earned: CreditLot[], options: Options): CreditPlan {
  const { now, wallet, kind, reason, orderId } = options;
  let debtLeft = wallet === "points" ? options.debt : 0;
  const repay = earned.map((lot) => {
    if (lot.availableAt.getTime() > now.getTime()) return 0;
    const part = Math.min(debtLeft, lot.amount);
    debtLeft -= part;
    return part;
  });
  const lots = planLots(earned, now, repay);
  const entries = lots.map((lot): EntryDraft => {
    const repaid = lot.amount - lot.remaining;
    const toColumn =
      wallet === "points"
        ? lot.isPending
          ? { pending: lot.amount }
          : { available: lot.remaining, debt: -repaid }
        : lot.isPending
          ? { pendingCashback: lot.amount }
          : { cashback: lot.amount };
    return {
      kind,
      amount: lot.amount,
      reason: repaid > 0 ? `${reason}; ${repaid} repaid debt` : reason,
      orderId,
      programVersionId: lot.versionId,
      ...toColumn,
    };
  });
  return { lots, entries, repaid: (wallet === "points" ? options.debt : 0) - debtLeft };
}
