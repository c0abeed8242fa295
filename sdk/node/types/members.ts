/** Members: profile, balances, history, manual adjustments and action rewards. */
import type { ReferralJoin, ReferralSignUp } from "./referrals";

export type MemberProfileInput = {
  name?: string | null;
  email?: string | null;
  phone?: string | null;
  birthday?: string | null;
  /** Marketing email consent; campaigns email only members who gave it. */
  emailConsent?: boolean;
  /** Marketing SMS/messenger consent. */
  smsConsent?: boolean;
  /** Where consent was given or withdrawn; default "api". */
  consentSource?: string;
} & ReferralSignUp;

export type MemberConsent = {
  email: boolean;
  emailAt: string | null;
  emailSource: string | null;
  sms: boolean;
  smsAt: string | null;
  smsSource: string | null;
};

export type MemberProfile = {
  externalId: string;
  name: string | null;
  email: string | null;
  phone: string | null;
  birthday: string | null;
  isBlocked: boolean;
  joinedAt: string;
  consent: MemberConsent;
};

export type UpsertMemberResult = {
  created: boolean;
  member: MemberProfile;
  referral: ReferralJoin;
};

export type Member = MemberProfile & {
  cardNumber: string;
  tier: { id: string; name: string } | null;
  balance: {
    available: number;
    pending: number;
    held: number;
    spendable: number;
    cashback: number;
    pendingCashback: number;
    debt: number;
  };
  stats: {
    ordersCount: number;
    totalSpent: number;
    firstOrderAt: string | null;
    lastOrderAt: string | null;
  };
};

export type LedgerKind =
  | "earn"
  | "activate"
  | "spend"
  | "hold"
  | "release"
  | "expire"
  | "adjust"
  | "reverse"
  | "return"
  | "cashback";

export type HistoryEntry = {
  id: number;
  at: string;
  kind: LedgerKind;
  amount: number;
  available: number;
  pending: number;
  held: number;
  reason: string;
  orderId: string | null;
};

export type MemberHistory = { entries: HistoryEntry[]; nextBefore: number | null };
export type HistoryQuery = { limit?: number; before?: number };

export type AdjustPointsInput = { amount: number; reason: string; expiresInDays?: number };
export type AdjustPointsResult = {
  externalId: string;
  amount: number;
  available: number;
  debt: number;
};

export type MemberAction = "signUp" | "birthday" | "profileCompleted" | "review";
export type RewardActionInput = { action: MemberAction };
export type RewardActionResult = {
  externalId: string;
  action: MemberAction;
  credited: number;
  isRepeat: boolean;
};

export type MemberPageLinkQuery = { expiresInDays?: number };
export type MemberPageLink = { externalId: string; url: string; expiresAt: string };
export type MemberPageLinksRevoked = { externalId: string; revokedAt: string };

export type PayClubFeeInput = { amount: number; programId?: string };
export type ClubFeeResult = {
  externalId: string;
  programId: string;
  programName: string;
  isRenewed: boolean;
  endsAt: string | null;
};
