import { formatMoney } from "@/components/format/money";
import type {
  Birthday,
  BonusSection,
  DiscountSection,
  EarnRate,
  Period,
  ProgramConfig,
  TiersSection,
  TimeWindow,
} from "@/server/engine";
import { decimalSeparator, formatDecimal } from "./decimal";
import { type Phrases, phrases } from "./summary-phrases";

export type SummaryOptions = { locale: "ru" | "en"; currency: string };

type Say = {
  p: Phrases;
  fill: (template: string, values: Record<string, string | number>) => string;
  percent: (bp: number) => string;
  money: (minor: number) => string;
  multiplier: (bp: number) => string;
  count: (n: number, forms: [string, string, string]) => string;
};

/** The program in plain sentences, in the merchant's language; recomputed on every edit. */
export function summarizeConfig(config: ProgramConfig, options: SummaryOptions): string[] {
  const say = makeSay(options);
  const lines: string[] = [];
  if ("discount" in config && config.discount)
    lines.push(...describeDiscount(config.discount, say));
  if ("bonus" in config && config.bonus) lines.push(...describeBonus(config.bonus, say));
  if (config.type === "combined") {
    const { p } = say;
    lines.push(config.stackOnSameLine ? p.combinedStack : p.combinedExclusive[config.primary]);
  }
  if ("tiers" in config && config.tiers) lines.push(...describeTiers(config.tiers, say));
  if ("windows" in config) lines.push(...config.windows.map((w) => describeWindow(w, say)));
  if ("birthday" in config && config.birthday)
    lines.push(...describeBirthday(config.birthday, say));
  if ("actions" in config) {
    const { p } = say;
    const items = (["signUp", "birthday", "profileCompleted", "review"] as const)
      .filter((k) => config.actions[k] > 0)
      .map((k) => say.fill(p.actionItem[k], { points: say.count(config.actions[k], p.points) }));
    if (items.length > 0) lines.push(say.fill(p.actions, { list: p.list(items) }));
  }
  if (config.type === "cashback")
    lines.push(...describeCashback(config.cashback, say, options.currency));
  if (config.type === "referral") {
    const { p } = say;
    const r = config.referral;
    lines.push(
      say.fill(p.referral, {
        friend: say.count(r.friendBonus, p.points),
        referrer: say.count(r.referrerBonus, p.points),
      }),
      say.fill(p.referralCap, { count: r.monthlyCap, amount: say.money(r.minFirstOrderAmount) }),
    );
  }
  if (config.type === "club") {
    const { p } = say;
    const c = config.club;
    lines.push(
      say.fill(p.club, { percent: say.percent(c.discountBp) }),
      say.fill(p.clubJoin[c.joinBy], { amount: say.money(c.fee) }),
      c.termDays === null
        ? p.clubForever
        : say.fill(p.clubTerm, { days: say.count(c.termDays, p.days) }),
    );
  }
  return lines;
}

function makeSay({ locale, currency }: SummaryOptions): Say {
  const p = phrases[locale];
  const separator = decimalSeparator(locale);
  const rules = new Intl.PluralRules(locale);
  return {
    p,
    fill: (template, values) =>
      template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? "")),
    percent: (bp) => `${formatDecimal(bp, 2, separator)}%`,
    money: (minor) => formatMoney(minor, currency, locale),
    multiplier: (bp) => formatDecimal(bp, 4, separator),
    count: (n, forms) => {
      const form = rules.select(n);
      const word = form === "one" ? forms[0] : form === "few" ? forms[1] : forms[2];
      return `${new Intl.NumberFormat(locale).format(n)} ${word}`;
    },
  };
}

function describePeriod(period: Period, say: Say): string {
  if (period.kind === "rollingDays") {
    return say.fill(say.p.period.rollingDays, { days: say.count(period.days, say.p.days) });
  }
  return say.p.period[period.kind];
}

function describeDiscount(section: DiscountSection, say: Say): string[] {
  const { p } = say;
  const { rule } = section;
  const lines: string[] = [];
  if (rule.kind === "fixed") {
    lines.push(say.fill(p.fixed, { percent: say.percent(rule.percentBp) }));
  } else {
    const list = p.list(
      rule.brackets.map((b) =>
        say.fill(p.bracketItem, { percent: say.percent(b.percentBp), amount: say.money(b.min) }),
      ),
    );
    lines.push(
      rule.kind === "orderAmount"
        ? say.fill(p.orderAmount, { list })
        : say.fill(p.cumulative, { list, period: describePeriod(rule.period, say) }),
    );
  }
  const excluded = [...section.excludedCategories, ...section.excludedSkus];
  if (section.excludeOnSale) excluded.push(p.onSale);
  if (excluded.length > 0) lines.push(say.fill(p.noDiscountOn, { list: p.list(excluded) }));
  return lines;
}

function describeRate(earn: EarnRate, say: Say): string {
  return earn.kind === "percent"
    ? say.percent(earn.percentBp)
    : `${say.count(earn.points, say.p.points)} / ${say.money(earn.perAmount)}`;
}

function describeBonus(bonus: BonusSection, say: Say): string[] {
  const { p } = say;
  const lines: string[] = [];
  const { earn, redemption } = bonus;
  lines.push(
    earn.kind === "percent"
      ? say.fill(p.earnPercent, { percent: say.percent(earn.percentBp) })
      : say.fill(p.earnPerAmount, {
          amount: say.money(earn.perAmount),
          points: say.count(earn.points, p.points),
        }),
  );
  if (bonus.earnBase !== "afterDiscountsAndPoints") lines.push(p.earnBase[bonus.earnBase]);
  for (const m of bonus.categoryMultipliers) {
    lines.push(
      say.fill(p.multiplier, { category: m.category, multiplier: say.multiplier(m.multiplierBp) }),
    );
  }
  const excluded = [...bonus.excludedCategories, ...bonus.excludedSkus];
  if (excluded.length > 0) lines.push(say.fill(p.noPointsOn, { list: p.list(excluded) }));
  if (bonus.excludeOnSale) lines.push(p.noPointsOnSale);
  if (bonus.minOrderAmount > 0)
    lines.push(say.fill(p.minOrder, { amount: say.money(bonus.minOrderAmount) }));
  lines.push(say.fill(p.pointValue, { amount: say.money(bonus.pointValue) }));
  lines.push(
    bonus.activationDelayDays === 0
      ? p.activateNow
      : say.fill(p.activateAfter, { days: say.count(bonus.activationDelayDays, p.days) }),
  );
  lines.push(
    bonus.expiryDays === null
      ? p.expireNever
      : say.fill(p.expireAfter, { days: say.count(bonus.expiryDays, p.days) }),
  );
  if (redemption.payment) {
    const values = {
      percent: say.percent(redemption.payment.maxShareBp),
      points: say.count(redemption.minBalance, p.points),
    };
    lines.push(say.fill(redemption.minBalance > 0 ? p.payShareMin : p.payShare, values));
  } else {
    lines.push(p.payOff);
  }
  for (const reward of redemption.rewards) {
    const values = {
      points: say.count(reward.points, p.points),
      percent: say.percent(reward.percentBp),
      amount: reward.maxDiscount === null ? "" : say.money(reward.maxDiscount),
    };
    lines.push(say.fill(reward.maxDiscount === null ? p.reward : p.rewardCap, values));
  }
  return lines;
}

function describeTiers(tiers: TiersSection, say: Say): string[] {
  const { p } = say;
  const intro = say.fill(p.tiersIntro, {
    metric: p.metric[tiers.metric],
    period: describePeriod(tiers.period, say),
  });
  const levels = tiers.levels.map((level) => {
    const threshold =
      tiers.metric === "spend" ? say.money(level.threshold) : say.count(level.threshold, p.orders);
    const benefits: string[] = [];
    if (level.discountBp)
      benefits.push(say.fill(p.tierBenefits.discount, { percent: say.percent(level.discountBp) }));
    if (level.earn)
      benefits.push(say.fill(p.tierBenefits.earn, { rate: describeRate(level.earn, say) }));
    if (level.freeShipping) benefits.push(p.tierBenefits.freeShipping);
    for (const perk of level.perks) {
      if (!benefits.some((b) => b.toLowerCase() === perk.toLowerCase())) benefits.push(perk);
    }
    return say.fill(p.tierLevel, {
      name: level.name,
      from: say.fill(p.tierFrom, { threshold }),
      benefits: benefits.length > 0 ? `: ${p.list(benefits)}` : "",
    });
  });
  const lines = [`${intro} ${levels.join("; ")}.`];
  if (tiers.levels.length > 1 && tiers.period.kind !== "lifetime") {
    lines.push(say.fill(p.grace, { days: say.count(tiers.graceDays, p.days) }));
  }
  return lines;
}

function describeWindow(window: TimeWindow, say: Say): string {
  const { p } = say;
  const parts: string[] = [];
  const everyDay = window.weekdays.length === 7;
  parts.push(
    everyDay ? p.everyDay : p.list(window.weekdays.map((d) => p.weekdays[d - 1] ?? String(d))),
  );
  if (window.hours) parts.push(say.fill(p.hours, window.hours));
  if (window.dates) parts.push(say.fill(p.dates, window.dates));
  const effects: string[] = [];
  if (window.discountBp > 0)
    effects.push(say.fill(p.windowDiscount, { percent: say.percent(window.discountBp) }));
  if (window.earnMultiplierBp !== 10_000) {
    effects.push(say.fill(p.windowEarn, { multiplier: say.multiplier(window.earnMultiplierBp) }));
  }
  const categories =
    window.categories.length > 0
      ? say.fill(p.windowCategories, { list: p.list(window.categories) })
      : "";
  return say.fill(p.window, { when: parts.join(" "), effects: `${p.list(effects)}${categories}` });
}

function describeBirthday(birthday: Birthday, say: Say): string[] {
  const { p } = say;
  const days = say.count(birthday.windowDays, p.days);
  const effects: string[] = [];
  if (birthday.discountBp > 0)
    effects.push(say.fill(p.windowDiscount, { percent: say.percent(birthday.discountBp) }));
  if (birthday.earnMultiplierBp !== 10_000) {
    effects.push(say.fill(p.windowEarn, { multiplier: say.multiplier(birthday.earnMultiplierBp) }));
  }
  const lines =
    effects.length > 0 ? [say.fill(p.birthday, { days, effects: p.list(effects) })] : [];
  if (birthday.spendOnlyInWindow) lines.push(say.fill(p.birthdaySpendOnly, { days }));
  return lines;
}

function describeCashback(
  cashback: Extract<ProgramConfig, { type: "cashback" }>["cashback"],
  say: Say,
  currency: string,
): string[] {
  const { p } = say;
  const lines = [say.fill(p.cashback, { percent: say.percent(cashback.percentBp), currency })];
  if (cashback.activationDelayDays > 0) {
    lines.push(
      say.fill(p.activateAfter, { days: say.count(cashback.activationDelayDays, p.days) }),
    );
  }
  if (cashback.minOrderAmount > 0)
    lines.push(say.fill(p.minOrder, { amount: say.money(cashback.minOrderAmount) }));
  lines.push(say.fill(p.cashbackShare, { percent: say.percent(cashback.maxShareBp) }));
  return lines;
}
