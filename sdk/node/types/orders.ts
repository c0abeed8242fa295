import type { CartLine, MemberRef, Reason } from "./common";
import type { PayerPrints } from "./referrals";

/** Quotes and the order lifecycle: reserve, confirm, paid, cancel, refund. */

export type SpendLimitRule =
  | "balance"
  | "maxShare"
  | "minBalance"
  | "excludedCategories"
  | "discountedItems"
  | "birthdayOnly"
  | "blocked"
  | "guest"
  | "noRedemption"
  | "orderTotal";

export type QuoteInput = {
  member: MemberRef;
  lines: CartLine[];
  pointsToSpend?: number;
  rewardId?: string;
  buyer?: PayerPrints;
};

export type Quote = {
  currency: string;
  totals: {
    subtotal: number;
    lineDiscount: number;
    orderDiscount: number;
    discount: number;
    pointsValue: number;
    cashbackSpent: number;
    total: number;
  };
  lines: {
    sku: string;
    quantity: number;
    gross: number;
    discount: number;
    orderDiscount: number;
    pointsSpent: number;
    pointsValue: number;
    cashbackSpent: number;
    paid: number;
    pointsEarned: number;
    cashbackEarned: number;
  }[];
  spend: {
    maxPoints: number;
    limit: SpendLimitRule;
    requested: number;
    applied: number;
    value: number;
    pointsTotal: number;
    reward: { id: string; points: number; percentBp: number; amount: number } | null;
  };
  earn: { points: number };
  cashback: { maxSpend: number; applied: number; earned: number };
  tier: {
    tierId: string;
    name: string;
    nextTierId: string | null;
    remaining: number;
    remainingAfterOrder: number;
  } | null;
  perks: { freeShipping: boolean; items: string[] };
  reasons: Reason[];
};

export type OrderStatus = "reserved" | "placed" | "paid" | "cancelled" | "refunded";

export type Order = {
  id: string;
  externalId: string | null;
  cartId: string | null;
  status: OrderStatus;
  subtotal: number;
  discount: number;
  redeemedPoints: number;
  earnedPoints: number;
  cashback: number;
  total: number;
  refundedAmount: number;
  programVersionIds: string[];
};

export type ReserveOrderInput = QuoteInput & { cartId: string };
export type Reservation = Order & {
  heldPoints: number;
  holdExpiresAt: string | null;
  quote: Quote;
};

export type ConfirmOrderInput = { cartId: string };
export type MarkOrderPaidInput = {
  member?: MemberRef;
  lines?: CartLine[];
  pointsToSpend?: number;
  rewardId?: string;
  buyer?: PayerPrints;
};

export type RefundOrderInput = { lines?: { sku: string; quantity: number }[]; amount?: number };
export type Refund = Order & {
  refund: {
    refundId: string | null;
    isNoop: boolean;
    cash: number;
    pointsReversed: number;
    pointsReturned: number;
    cashbackReversed: number;
    debtRecorded: number;
    writtenOff: number;
  };
};
