export { computeActionRewards } from "./actions";
export { apportion } from "./apportion";
export type { BirthDate } from "./calendar";
export { isInBirthdayWindow } from "./calendar";
export { Cart, CartLine, MAX_MONEY } from "./cart";
export { BonusSection, Reward } from "./config/bonus";
export { EarnRate, Period } from "./config/common";
export { DiscountRule, DiscountSection } from "./config/discount";
export type { ActionKind } from "./config/extras";
export {
  Actions,
  Birthday,
  CashbackSection,
  ClubSection,
  ReferralSection,
  Stacking,
  TimeWindow,
} from "./config/extras";
export type { ProgramConfigInput, ProgramType } from "./config/program-config";
export { ProgramConfig } from "./config/program-config";
export { TierLevel, TiersSection } from "./config/tiers";
export type { DebtOutcome, DebtPolicy, ReversalPlan } from "./debt";
export { applyDebtPolicy, planReversal } from "./debt";
export type { Lot } from "./lots";
export {
  allocateSpend,
  compareSpendOrder,
  findExpired,
  isAvailable,
  sumAvailable,
  sumPending,
} from "./lots";
export { quote } from "./quote";
export { MAX_MULTIPLIER_BP } from "./quote/earn";
export type {
  AppliedReward,
  EarnLot,
  MemberState,
  ProgramVersion,
  Quote,
  QuoteContext,
  QuoteInput,
  QuoteLine,
  SpendLimitRule,
} from "./quote/types";
export type { LotAmount, Reason, Result } from "./reason";
export type {
  BlockReason,
  FirstOrder,
  ReferralDecision,
  ReferralFacts,
  ReferralParty,
} from "./referral";
export {
  buildReferralLink,
  CODE_LENGTH,
  canonicalCode,
  decideReferral,
  findBurst,
  findSelfReferral,
  makeReferralCode,
  normalizeEmail,
  normalizePhone,
  startOfLocalMonth,
} from "./referral";
export type { OrderSnapshot, Refund, RefundOutcome, SnapshotLine } from "./refund";
export { computeRefund } from "./refund";
export type { RoundingRule } from "./rounding";
export { applyBp, BP, roundBy, roundDown, roundHalfEven, roundHalfUp, roundUp } from "./rounding";
export type { Replay, ReplaySetup } from "./simulation/replay";
export { createReplay } from "./simulation/replay";
export type { Simulation, SimulationSetup } from "./simulation/simulate";
export { createSimulation } from "./simulation/simulate";
export type {
  NumericFigure,
  ReplayMemberFacts,
  ReplayOrder,
  SimulationFigures,
  SimulationResult,
  TierCount,
} from "./simulation/types";
export { numericFigures } from "./simulation/types";
export { buildOrderSnapshot } from "./snapshot";
export type { MemberStats, StatMetric, StatWindow } from "./stats";
export { listStatWindows, statKey } from "./stats";
export type { TierDecision, TierProgress, TierState } from "./tiers";
export { evaluateTier } from "./tiers";
