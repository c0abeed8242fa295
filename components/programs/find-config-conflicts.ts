import type { BonusSection, ProgramConfig, TierLevel } from "@/server/engine";

export type ConflictCode =
  | "pointsNeverSpendable"
  | "earnsNothing"
  | "givesNothing"
  | "tierThresholdsNotIncreasing"
  | "tierFirstNotZero"
  | "tierBenefitDecreases"
  | "tierLevelEmpty"
  | "bracketsNotIncreasing"
  | "bracketPercentDecreases"
  | "birthdayWithoutBirthdays"
  | "multiplierOnExcludedCategory"
  | "shareOnExcludedCategory"
  | "cashbackNeverSpendable"
  | "rewardBelowMinBalance";

export type ConfigConflict = {
  code: ConflictCode;
  /** Errors block publishing; warnings only explain. */
  severity: "error" | "warning";
  /** Dotted path of the field to fix, as in the form. */
  path: string;
  params: Record<string, string | number>;
};

/** What the store knows beyond the config; unknown facts raise no conflict. */
export type StoreFacts = { collectsBirthdays?: boolean };

/**
 * Settings that are each valid but together make no sense, or silently do nothing:
 * a program whose points can never be spent, tiers that do not go up, birthday-only
 * spending in a store that has no birthdays.
 */
export function findConfigConflicts(
  config: ProgramConfig,
  facts: StoreFacts = {},
): ConfigConflict[] {
  const found: ConfigConflict[] = [];
  const add = (
    code: ConflictCode,
    severity: ConfigConflict["severity"],
    path: string,
    params = {},
  ) => found.push({ code, severity, path, params });

  const bonus = "bonus" in config ? config.bonus : null;
  if (bonus) checkBonus(bonus, add);
  if ("discount" in config && config.discount) {
    const { rule } = config.discount;
    if (rule.kind === "fixed" && rule.percentBp === 0 && config.type === "discount") {
      add("givesNothing", "error", "discount.rule.percentBp");
    }
    if (rule.kind !== "fixed") checkBrackets(rule.brackets, add);
  }
  if ("tiers" in config && config.tiers) checkTiers(config.tiers.levels, add);
  if ("birthday" in config && config.birthday?.spendOnlyInWindow && bonus) {
    if (facts.collectsBirthdays === false) {
      add("birthdayWithoutBirthdays", "error", "birthday.spendOnlyInWindow");
    }
  }
  if (config.type === "cashback") {
    if (config.cashback.percentBp === 0) add("earnsNothing", "error", "cashback.percentBp");
    if (config.cashback.maxShareBp === 0)
      add("cashbackNeverSpendable", "error", "cashback.maxShareBp");
  }
  if (config.type === "club" && config.club.discountBp === 0) {
    add("givesNothing", "warning", "club.discountBp");
  }
  if (
    config.type === "referral" &&
    config.referral.friendBonus === 0 &&
    config.referral.referrerBonus === 0
  ) {
    add("givesNothing", "error", "referral.friendBonus");
  }
  return found;
}

type Add = (
  code: ConflictCode,
  severity: ConfigConflict["severity"],
  path: string,
  params?: Record<string, string | number>,
) => void;

function checkBonus(bonus: BonusSection, add: Add) {
  const { redemption, earn } = bonus;
  const payment = redemption.payment;
  const canPay =
    payment !== null &&
    (payment.maxShareBp > 0 || payment.categoryShares.some((s) => s.maxShareBp > 0));
  if (!canPay && redemption.rewards.length === 0) {
    add("pointsNeverSpendable", "error", "bonus.redemption.payment.maxShareBp");
  }
  if (earn.kind === "percent" && earn.percentBp === 0) {
    add("earnsNothing", "warning", "bonus.earn.percentBp");
  }
  const excluded = new Set(bonus.excludedCategories);
  bonus.categoryMultipliers.forEach((m, i) => {
    if (excluded.has(m.category)) {
      add("multiplierOnExcludedCategory", "warning", `bonus.categoryMultipliers.${i}.category`, {
        category: m.category,
      });
    }
  });
  const notRedeemable = new Set(redemption.excludedCategories);
  payment?.categoryShares.forEach((s, i) => {
    if (notRedeemable.has(s.category)) {
      add(
        "shareOnExcludedCategory",
        "warning",
        `bonus.redemption.payment.categoryShares.${i}.category`,
        {
          category: s.category,
        },
      );
    }
  });
  redemption.rewards.forEach((r, i) => {
    if (r.points < redemption.minBalance) {
      add("rewardBelowMinBalance", "warning", `bonus.redemption.rewards.${i}.points`, {
        points: r.points,
        minBalance: redemption.minBalance,
      });
    }
  });
}

function checkBrackets(brackets: { min: number; percentBp: number }[], add: Add) {
  brackets.forEach((b, i) => {
    const previous = brackets[i - 1];
    if (!previous) return;
    if (b.min <= previous.min) {
      add("bracketsNotIncreasing", "error", `discount.rule.brackets.${i}.min`, { index: i + 1 });
    } else if (b.percentBp < previous.percentBp) {
      add("bracketPercentDecreases", "warning", `discount.rule.brackets.${i}.percentBp`, {
        index: i + 1,
      });
    }
  });
}

function checkTiers(levels: TierLevel[], add: Add) {
  const first = levels[0];
  if (first && first.threshold !== 0) add("tierFirstNotZero", "error", "tiers.levels.0.threshold");
  levels.forEach((level, i) => {
    const previous = levels[i - 1];
    if (!previous) return;
    if (level.threshold <= previous.threshold) {
      add("tierThresholdsNotIncreasing", "error", `tiers.levels.${i}.threshold`, {
        level: level.name,
        previous: previous.name,
      });
    }
    if ((level.discountBp ?? 0) < (previous.discountBp ?? 0)) {
      add("tierBenefitDecreases", "warning", `tiers.levels.${i}.discountBp`, {
        level: level.name,
        previous: previous.name,
      });
    }
    const hasBenefit =
      (level.discountBp ?? 0) > 0 ||
      level.earn !== null ||
      level.freeShipping ||
      level.perks.length > 0;
    if (!hasBenefit)
      add("tierLevelEmpty", "warning", `tiers.levels.${i}.name`, { level: level.name });
  });
}

export function hasBlockingConflict(conflicts: readonly ConfigConflict[]): boolean {
  return conflicts.some((c) => c.severity === "error");
}
