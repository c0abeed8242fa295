import type { CartLine, Reason } from "./common";

/** What the cart widget sends and receives (docs/widget-api.md). */

export type WidgetCart = { currency: string; lines: (CartLine & { name?: string })[] };
export type WidgetQuoteInput = { cart: WidgetCart; pointsToSpend?: number; referralCode?: string };
export type WidgetReserveInput = WidgetQuoteInput & { cartId: string };

export type WidgetQuote = {
  currency: string;
  locale: string;
  member: {
    name: string;
    tier: { id: string; name: string } | null;
    balance: {
      available: number;
      pending: number;
      expiringSoon: { points: number; expiresAt: string } | null;
    };
    referral: { code: string; link: string | null } | null;
    /** Members-only offers of the clubs the member belongs to now. */
    clubOffers: string[];
    /** The member's own page: a signed link valid for a day. */
    pageUrl: string;
  } | null;
  totals: { subtotal: number; discount: number; pointsValue: number; total: number };
  discountReasons: Reason[];
  earn: { points: number; reasons: Reason[] };
  spend: { applied: number; max: number; pointValue: number; limit: Reason };
  tierProgress: { nextTier: string; remaining: number; metric: "spend" | "orders" } | null;
  perks: { freeShipping: boolean };
  guest: { earnIfJoined: number; joinUrl: string } | null;
};

export type WidgetReservation = {
  holdId: string;
  expiresAt: string;
  pointsHeld: number;
  total: number;
};
