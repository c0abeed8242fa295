import type { Reward } from "./config/bonus";
import type { EarnBase, EarnRate } from "./config/common";
import type { DiscountRule } from "./config/discount";
import type { Birthday, Stacking, TimeWindow } from "./config/extras";
import type { ProgramConfig } from "./config/program-config";
import type { TierLevel, TiersSection } from "./config/tiers";
import type { RoundingRule } from "./rounding";
import { type StatMetric, statKey } from "./stats";
import { toDayNumber } from "./time";

/** Configs arrive parsed; compiling once per config object turns lists into sets and clocks into minutes. */
export type LineFilter = {
  categories: ReadonlySet<string>;
  skus: ReadonlySet<string>;
  excludeOnSale: boolean;
};

export type CompiledDiscount = {
  rule: DiscountRule;
  statKey: string | null;
  filter: LineFilter;
  rounding: RoundingRule;
};

export type CompiledRedemption = {
  minBalance: number;
  payment: { maxShareBp: number; categoryShares: ReadonlyMap<string, number> } | null;
  rewards: ReadonlyMap<string, Reward>;
  excludedCategories: ReadonlySet<string>;
  payDiscountedItems: boolean;
};

export type CompiledBonus = {
  earn: EarnRate;
  rounding: RoundingRule;
  earnBase: EarnBase;
  filter: LineFilter;
  multipliers: ReadonlyMap<string, number>;
  minOrderAmount: number;
  activationDelayDays: number;
  expiryDays: number | null;
  pointValue: number;
  redemption: CompiledRedemption;
};

export type CompiledCashback = {
  percentBp: number;
  rounding: RoundingRule;
  earnBase: EarnBase;
  filter: LineFilter;
  minOrderAmount: number;
  activationDelayDays: number;
  maxShareBp: number;
};

export type CompiledWindow = {
  id: string;
  weekdayMask: number;
  fromMinute: number;
  toMinute: number;
  fromDay: number;
  toDay: number;
  categories: ReadonlySet<string> | null;
  discountBp: number;
  earnMultiplierBp: number;
};

export type CompiledTiers = {
  metric: StatMetric;
  statKey: string;
  levels: readonly TierLevel[];
  graceDays: number;
};

export type CompiledProgram = {
  type: ProgramConfig["type"];
  stacking: Stacking;
  discount: CompiledDiscount | null;
  bonus: CompiledBonus | null;
  tiers: CompiledTiers | null;
  windows: readonly CompiledWindow[];
  birthday: Birthday | null;
  cashback: CompiledCashback | null;
  clubDiscountBp: number | null;
  /** A referral program's percent off a referred friend's first order. */
  friendDiscountBp: number;
  /** Combined programs may give a line only their primary benefit. */
  soleBenefit: "discount" | "bonus" | null;
};

const cache = new WeakMap<ProgramConfig, CompiledProgram>();

export function compileProgram(config: ProgramConfig): CompiledProgram {
  let compiled = cache.get(config);
  if (!compiled) {
    compiled = buildProgram(config);
    cache.set(config, compiled);
  }
  return compiled;
}

function buildProgram(config: ProgramConfig): CompiledProgram {
  const discount = "discount" in config ? config.discount : null;
  const bonus = "bonus" in config ? config.bonus : null;
  const tiers = "tiers" in config ? config.tiers : null;
  return {
    type: config.type,
    stacking: config.stacking,
    discount: discount && {
      rule: discount.rule,
      statKey: discount.rule.kind === "cumulative" ? statKey("spend", discount.rule.period) : null,
      filter: toFilter(discount),
      rounding: discount.rounding,
    },
    bonus: bonus && {
      ...bonus,
      filter: toFilter(bonus),
      multipliers: new Map(bonus.categoryMultipliers.map((m) => [m.category, m.multiplierBp])),
      redemption: {
        ...bonus.redemption,
        payment: bonus.redemption.payment && {
          maxShareBp: bonus.redemption.payment.maxShareBp,
          categoryShares: new Map(
            bonus.redemption.payment.categoryShares.map((s) => [s.category, s.maxShareBp]),
          ),
        },
        rewards: new Map(bonus.redemption.rewards.map((r) => [r.id, r])),
        excludedCategories: new Set(bonus.redemption.excludedCategories),
      },
    },
    tiers: tiers && compileTiers(tiers),
    windows: "windows" in config ? config.windows.map(compileWindow) : [],
    birthday: "birthday" in config ? config.birthday : null,
    cashback:
      config.type === "cashback" ? { ...config.cashback, filter: toFilter(config.cashback) } : null,
    clubDiscountBp: config.type === "club" ? config.club.discountBp : null,
    friendDiscountBp: config.type === "referral" ? config.referral.friendDiscountBp : 0,
    soleBenefit: config.type === "combined" && !config.stackOnSameLine ? config.primary : null,
  };
}

function compileTiers(tiers: TiersSection): CompiledTiers {
  return {
    metric: tiers.metric,
    statKey: statKey(tiers.metric, tiers.period),
    levels: tiers.levels,
    graceDays: tiers.graceDays,
  };
}

function toFilter(source: {
  excludedCategories: string[];
  excludedSkus: string[];
  excludeOnSale: boolean;
}): LineFilter {
  return {
    categories: new Set(source.excludedCategories),
    skus: new Set(source.excludedSkus),
    excludeOnSale: source.excludeOnSale,
  };
}

function parseClock(clock: string): number {
  return Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));
}

function parseDate(date: string): number {
  return toDayNumber(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
}

function compileWindow(window: TimeWindow): CompiledWindow {
  return {
    id: window.id,
    weekdayMask: window.weekdays.reduce((mask, day) => mask | (1 << day), 0),
    fromMinute: window.hours ? parseClock(window.hours.from) : 0,
    toMinute: window.hours ? parseClock(window.hours.to) : 1440,
    fromDay: window.dates ? parseDate(window.dates.from) : Number.NEGATIVE_INFINITY,
    toDay: window.dates ? parseDate(window.dates.to) : Number.POSITIVE_INFINITY,
    categories: window.categories.length > 0 ? new Set(window.categories) : null,
    discountBp: window.discountBp,
    earnMultiplierBp: window.earnMultiplierBp,
  };
}
