import type { BirthDate } from "../calendar";
import type { Cart } from "../cart";
import type { ProgramConfig } from "../config/program-config";
import type { Reason } from "../reason";
import type { MemberStats } from "../stats";

export type ProgramVersion = { id: string; programId: string; config: ProgramConfig };

export type MemberState = {
  /** Level stored by the tier job for the first program with tiers. */
  tierId: string | null;
  availablePoints: number;
  pendingPoints: number;
  cashbackBalance: number;
  stats: MemberStats;
  birthDate: BirthDate | null;
  /** Club programs the member currently belongs to. */
  clubProgramIds: readonly string[];
  /** Joined with a friend's referral code and has no paid order yet. */
  isReferredNewcomer?: boolean;
  isBlocked: boolean;
};

export type QuoteContext = {
  now: Date;
  /** IANA zone of the store: weekdays, hours, birthdays and calendar months are local. */
  timezone: string;
  pointsToSpend?: number;
  cashbackToSpend?: number;
  rewardId?: string;
};

export type QuoteInput = {
  /** Active versions, primary first: its stacking setting and its points rules govern. */
  versions: readonly ProgramVersion[];
  member: MemberState | null;
  cart: Cart;
  context: QuoteContext;
};

export type QuoteLine = {
  sku: string;
  quantity: number;
  gross: number;
  /** Member discount on this line. */
  discount: number;
  /** Share of the order-level reward discount. */
  orderDiscount: number;
  pointsSpent: number;
  pointsValue: number;
  cashbackSpent: number;
  /** Money left to pay for the line. */
  paid: number;
  pointsEarned: number;
  cashbackEarned: number;
};

export type EarnLot = {
  versionId: string;
  programId: string;
  amount: number;
  availableAt: Date;
  expiresAt: Date | null;
};

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

export type AppliedReward = { id: string; points: number; percentBp: number; amount: number };

export type Quote = {
  currency: string;
  lines: QuoteLine[];
  totals: {
    subtotal: number;
    lineDiscount: number;
    orderDiscount: number;
    discount: number;
    pointsValue: number;
    cashbackSpent: number;
    total: number;
  };
  spend: {
    maxPoints: number;
    limit: SpendLimitRule;
    requested: number;
    applied: number;
    value: number;
    reward: AppliedReward | null;
    /** Points leaving the balance: the reward's price plus points applied. */
    pointsTotal: number;
  };
  earn: { points: number; lots: EarnLot[] };
  cashback: { maxSpend: number; applied: number; earned: number; lots: EarnLot[] };
  tier: {
    programId: string;
    tierId: string;
    name: string;
    nextTierId: string | null;
    /** Spend (minor units) or orders still needed for the next level. */
    remaining: number;
    remainingAfterOrder: number;
  } | null;
  perks: { freeShipping: boolean; items: string[] };
  /** Figures a guest would get as a member with no history. */
  potential: { discount: number; points: number } | null;
  reasons: Reason[];
};
