import type { Quote } from "@/server/engine";
import type { QuoteOutput } from "../contract/quote";

/** The engine's quote without its internals (lots, program ids, guest potential). */
export function toPublicQuote(quote: Quote): QuoteOutput {
  const { totals, spend, tier } = quote;
  return {
    currency: quote.currency,
    totals: { ...totals },
    lines: quote.lines.map((line) => ({ ...line })),
    spend: {
      maxPoints: spend.maxPoints,
      limit: spend.limit,
      requested: spend.requested,
      applied: spend.applied,
      value: spend.value,
      pointsTotal: spend.pointsTotal,
      reward: spend.reward && { ...spend.reward },
    },
    earn: { points: quote.earn.points },
    cashback: {
      maxSpend: quote.cashback.maxSpend,
      applied: quote.cashback.applied,
      earned: quote.cashback.earned,
    },
    tier: tier && {
      tierId: tier.tierId,
      name: tier.name,
      nextTierId: tier.nextTierId,
      remaining: tier.remaining,
      remainingAfterOrder: tier.remainingAfterOrder,
    },
    perks: { freeShipping: quote.perks.freeShipping, items: [...quote.perks.items] },
    reasons: quote.reasons,
  };
}
