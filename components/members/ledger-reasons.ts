import type { Messages } from "next-intl";

export type LedgerReasonKey = keyof Messages["LedgerReasons"];

/** Reasons the services write in English; the admin shows the known ones in the reader's language. */
export const ledgerReasonKeys: Record<string, LedgerReasonKey | undefined> = {
  "points earned on the order": "earned",
  "cashback earned on the order": "cashbackEarned",
  "points expired": "expired",
  "order cancelled": "cancelled",
  "opening balance (import)": "openingBalance",
  "points paid part of the order": "paid",
  "points reserved for the order": "reserved",
  "reserved points paid part of the order": "reservedPaid",
  "refund: cashback reversed": "cashbackReversed",
  "refund: spent points returned": "returned",
  "reservation expired": "reservationExpired",
  "reservation replaced": "reservationReplaced",
};

export const actionReason = /^reward for action: (signUp|birthday|profileCompleted|review)$/;
export const partnerReason = /^points from partner: (.+)$/;

type Translate = (key: string, values?: Record<string, string>) => string;

/** A ledger reason in the reader's language; an unknown (free-text) reason is shown as written. */
export function translateLedgerReason(
  reason: string,
  t: { reasons: Translate; actions: Translate },
): string {
  const key = ledgerReasonKeys[reason];
  if (key) return t.reasons(key);
  const action = actionReason.exec(reason)?.[1];
  if (action) return t.reasons("action", { action: t.actions(action) });
  const partner = partnerReason.exec(reason)?.[1];
  return partner ? t.reasons("partner", { name: partner }) : reason;
}
