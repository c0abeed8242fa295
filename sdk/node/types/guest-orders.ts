/** Orders of buyers outside the program, reported for the dashboard's comparison. */

export type RecordGuestOrderInput = {
  /** Your customer id or an email hash, the same for every order of one buyer. */
  customerRef: string;
  /** What the buyer paid, in minor units. */
  amount: number;
  /** ISO 8601 with an offset, e.g. `2026-11-23T12:00:00Z`. */
  paidAt: string;
};

export type RefundGuestOrderInput = { amount?: number };

export type GuestOrder = {
  externalId: string;
  customerRef: string;
  amount: number;
  refundedAmount: number;
  paidAt: string;
};
