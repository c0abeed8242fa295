/** Referral ("bring a friend"): codes, links, sign-up with a code, payer fingerprints. */

export type ReferralStatus = "waiting" | "rewarded" | "cancelled" | "blocked";
export type ReferralBlockReason =
  | "sameCustomer"
  | "sameEmail"
  | "sameNormalizedEmail"
  | "samePhone"
  | "ipBurst"
  | "deviceBurst"
  | "notFirstOrder"
  | "firstOrderTooSmall"
  | "referrerPlacedOrder"
  | "monthlyCap";

/** Sent with a sign-up: the code the buyer brought and where the sign-up came from. */
export type ReferralSignUp = {
  referralCode?: string;
  source?: { ip?: string; deviceId?: string };
};

export type ReferralJoin = {
  status: ReferralStatus;
  blockReason: ReferralBlockReason | null;
  friendPoints: number;
} | null;

/** Opaque ids of the payer's card and device, sent when an order is paid. */
export type PayerPrints = { paymentFingerprint?: string; deviceId?: string };

export type MemberReferral = {
  externalId: string;
  code: string;
  link: string | null;
  friends: { joined: number; rewarded: number; waiting: number };
  pointsEarned: number;
};
