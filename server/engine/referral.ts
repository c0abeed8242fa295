import type { ReferralSection } from "./config/extras";
import { addDays, startOfLocalDay, toDayNumber, toLocalTime } from "./time";

export type BlockReason =
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

/** No 0/O, 1/I/L or U: a code read aloud or typed from a screenshot comes out right. */
export const CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
export const CODE_LENGTH = 8;

/** A code from random bytes (one byte per character; the tiny modulo bias is harmless here). */
export function makeReferralCode(random: Uint8Array): string {
  if (random.length < CODE_LENGTH) throw new Error(`A code needs ${CODE_LENGTH} random bytes`);
  let code = "";
  for (let i = 0; i < CODE_LENGTH; i++) {
    code += CODE_ALPHABET[(random[i] ?? 0) % CODE_ALPHABET.length];
  }
  return code;
}

/** What a buyer typed or a link carried, as stored: upper case, no spaces or dashes. */
export function canonicalCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, "");
}

const gmailDomains = new Set(["gmail.com", "googlemail.com"]);

/**
 * One mailbox, one string: lower case, `+alias` dropped, and for Gmail the dots too
 * (Gmail ignores them), googlemail.com read as gmail.com.
 */
export function normalizeEmail(email: string): string {
  const lower = email.trim().toLowerCase();
  const at = lower.lastIndexOf("@");
  if (at < 1) return lower;
  let local = lower.slice(0, at).split("+")[0] ?? "";
  let domain = lower.slice(at + 1);
  if (gmailDomains.has(domain)) {
    local = local.replaceAll(".", "");
    domain = "gmail.com";
  }
  return `${local}@${domain}`;
}

/** Digits only, and the last ten of them, so +7 999… and 8 999… are the same phone. */
export function normalizePhone(phone: string): string {
  return phone.replace(/\D/g, "").slice(-10);
}

export type ReferralParty = {
  memberId: string;
  email: string | null;
  phone: string | null;
};

/** Whether the friend is the referrer under another name; the first match is the reason. */
export function findSelfReferral(
  referrer: ReferralParty,
  friend: ReferralParty,
): BlockReason | null {
  if (referrer.memberId === friend.memberId) return "sameCustomer";
  if (referrer.email && friend.email) {
    if (referrer.email.trim().toLowerCase() === friend.email.trim().toLowerCase()) {
      return "sameEmail";
    }
    if (normalizeEmail(referrer.email) === normalizeEmail(friend.email)) {
      return "sameNormalizedEmail";
    }
  }
  if (referrer.phone && friend.phone) {
    const a = normalizePhone(referrer.phone);
    if (a.length >= 6 && a === normalizePhone(friend.phone)) return "samePhone";
  }
  return null;
}

/** Earlier sign-ups from this IP / device inside the window; at the limit, the next is a burst. */
export function findBurst(
  recent: { sameIp: number; sameDevice: number },
  rules: Pick<ReferralSection, "burstLimit">,
): BlockReason | null {
  if (recent.sameIp >= rules.burstLimit) return "ipBurst";
  if (recent.sameDevice >= rules.burstLimit) return "deviceBurst";
  return null;
}

export type FirstOrder = {
  paidAt: Date;
  /** What the friend paid for it, after discounts. */
  amount: number;
  /** When the first refund of it was recorded, if any. */
  firstRefundAt: Date | null;
};

export type ReferralFacts = {
  referredAt: Date;
  /** The friend's earliest paid order, as the store's ledger knows it (null: none yet). */
  friendFirstOrderAt: Date | null;
  /** The earliest paid order after the friend joined with the code. */
  order: FirstOrder | null;
  /** The friend paid with the referrer's card or from the referrer's device. */
  isPaidByReferrer: boolean;
  /** Referrer rewards already granted in the current month (the store's calendar). */
  rewardedThisMonth: number;
};

export type ReferralDecision =
  | { kind: "wait"; until: Date | null }
  | { kind: "reward" }
  | { kind: "cancel" }
  | { kind: "block"; reason: BlockReason };

/**
 * What the reward job does with a waiting referral. The referrer is paid only for the friend's
 * first order, once it is paid, big enough and past the refund window with no refund inside it.
 */
export function decideReferral(
  facts: ReferralFacts,
  rules: Pick<ReferralSection, "refundWindowDays" | "minFirstOrderAmount" | "monthlyCap">,
  now: Date,
): ReferralDecision {
  const { order } = facts;
  if (facts.friendFirstOrderAt && facts.friendFirstOrderAt < facts.referredAt) {
    return { kind: "block", reason: "notFirstOrder" };
  }
  if (!order) return { kind: "wait", until: null };
  if (order.amount < rules.minFirstOrderAmount)
    return { kind: "block", reason: "firstOrderTooSmall" };
  const clearsAt = addDays(order.paidAt, rules.refundWindowDays);
  if (order.firstRefundAt && order.firstRefundAt < clearsAt) return { kind: "cancel" };
  if (now < clearsAt) return { kind: "wait", until: clearsAt };
  if (facts.isPaidByReferrer) return { kind: "block", reason: "referrerPlacedOrder" };
  if (facts.rewardedThisMonth >= rules.monthlyCap) return { kind: "block", reason: "monthlyCap" };
  return { kind: "reward" };
}

/** The first instant of the store-local calendar month holding `now`. */
export function startOfLocalMonth(now: Date, timezone: string): Date {
  const local = toLocalTime(now, timezone);
  return startOfLocalDay(toDayNumber(local.year, local.month, 1), timezone);
}

/** The link a member shares: the store's landing page with `ref=CODE` added. */
export function buildReferralLink(landingUrl: string | null, code: string): string | null {
  if (!landingUrl) return null;
  const url = new URL(landingUrl);
  url.searchParams.set("ref", code);
  return url.toString();
}
