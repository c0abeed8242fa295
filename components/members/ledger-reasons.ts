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
