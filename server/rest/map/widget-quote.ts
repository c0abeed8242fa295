import type { ProgramVersion, Quote, Reason } from "@/server/engine";
import type { WidgetQuoteOutput } from "../contract/widget";

const defaultPointValue = 100;

export type WidgetQuoteSource = {
  quote: Quote;
  versions: readonly ProgramVersion[];
  locale: string;
  member: {
    name: string | null;
    balance: { available: number; pending: number };
    expiringSoon: { points: number; expiresAt: Date } | null;
    referral: { code: string; link: string | null } | null;
    pageUrl: string;
    clubOffers: string[];
  } | null;
  joinUrl: string | null;
};

/** The engine's quote in the shape of docs/widget-api.md. */
export function toWidgetQuote(source: WidgetQuoteSource): WidgetQuoteOutput {
  const { quote, versions, member } = source;
  const { totals, spend } = quote;
  return {
    currency: quote.currency,
    locale: source.locale,
    member: member && {
      name: member.name ?? "",
      tier: quote.tier && { id: quote.tier.tierId, name: quote.tier.name },
      balance: {
        ...member.balance,
        expiringSoon: member.expiringSoon && {
          points: member.expiringSoon.points,
          expiresAt: member.expiringSoon.expiresAt.toISOString(),
        },
      },
      referral: member.referral,
      pageUrl: member.pageUrl,
      clubOffers: member.clubOffers,
    },
    totals: {
      subtotal: totals.subtotal,
      discount: totals.discount,
      pointsValue: totals.pointsValue,
      total: totals.total,
    },
    discountReasons: reasonsOf(quote, "discount."),
    earn: { points: quote.earn.points, reasons: reasonsOf(quote, "earn.") },
    spend: {
      applied: spend.applied,
      max: spend.maxPoints,
      pointValue: findPointValue(versions),
      limit: describeLimit(quote),
    },
    tierProgress: describeProgress(quote, versions),
    perks: { freeShipping: quote.perks.freeShipping },
    guest: member
      ? null
      : { earnIfJoined: quote.potential?.points ?? 0, joinUrl: source.joinUrl ?? "" },
  };
}

/** Program ids mean nothing to a buyer; the rest of each reason's params is kept. */
function reasonsOf(quote: Quote, prefix: string): Reason[] {
  return quote.reasons
    .filter((reason) => reason.key.startsWith(prefix))
    .map(({ key, params: { programId: _, ...params } }) => ({ key, params }));
}

/** The engine's rule names, in the widget's words (docs/widget-api.md, spend.limit.*). */
function describeLimit(quote: Quote): Reason {
  const rule = quote.spend.limit;
  const params = quote.reasons.find((r) => r.key === `spend.limit.${rule}`)?.params ?? {};
  if (rule === "noRedemption") return { key: "spend.limit.none", params: {} };
  if (rule === "minBalance") {
    return { key: "spend.limit.minBalance", params: { points: Number(params.minBalance ?? 0) } };
  }
  return { key: `spend.limit.${rule}`, params };
}

/** The first program that earns points sets what a point is worth (engine: redemption source). */
function findPointValue(versions: readonly ProgramVersion[]): number {
  for (const { config } of versions) {
    if ("bonus" in config && config.bonus) return config.bonus.pointValue;
  }
  return defaultPointValue;
}

function describeProgress(
  quote: Quote,
  versions: readonly ProgramVersion[],
): WidgetQuoteOutput["tierProgress"] {
  const tier = quote.tier;
  if (!tier?.nextTierId) return null;
  const config = versions.find((v) => v.programId === tier.programId)?.config;
  const tiers = config && "tiers" in config ? config.tiers : null;
  if (!tiers) return null;
  const next = tiers.levels.find((level) => level.id === tier.nextTierId);
  return {
    nextTier: next?.name ?? tier.nextTierId,
    remaining: tier.remaining,
    metric: tiers.metric,
  };
}
