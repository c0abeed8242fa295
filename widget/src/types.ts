/** Shapes of docs/widget-api.md: money in integer minor units, points as integers. */
export type CartLine = {
  sku: string;
  name?: string;
  category?: string;
  unitPrice: number;
  quantity: number;
  isOnSale?: boolean;
};

export type Cart = { currency: string; lines: CartLine[] };

export type Params = Record<string, number | string>;

export type Reason = { key: string; params: Params };

export type Spend = { applied: number; max: number; pointValue: number; limit: Reason };

export type Member = {
  name: string;
  tier: { id: string; name: string } | null;
  balance: {
    available: number;
    pending: number;
    expiringSoon: { points: number; expiresAt: string } | null;
  };
  referral?: { code: string; link: string | null } | null;
  /** The member's own page; older servers may not send it. */
  pageUrl?: string;
};

export type Quote = {
  currency: string;
  locale: string;
  member: Member | null;
  totals: { subtotal: number; discount: number; pointsValue: number; total: number };
  discountReasons: Reason[];
  earn: { points: number; reasons: Reason[] };
  spend: Spend;
  tierProgress: { nextTier: string; remaining: number; metric?: "spend" | "orders" } | null;
  perks: { freeShipping: boolean };
  guest: { earnIfJoined: number; joinUrl: string } | null;
};

export type Reservation = { holdId: string; expiresAt: string; pointsHeld: number; total: number };

/** Detail of `kopilka:change`: what the host checkout should charge. */
export type ChangeDetail = {
  pointsToSpend: number;
  /** Everything Kopilka takes off the subtotal (member discount and points), minor units. */
  discount: number;
  total: number;
  holdId: string | null;
};
