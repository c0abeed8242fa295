import type { ProgramVersion, Quote } from "@/server/engine";

/** The order columns a quote decides; the quote itself is stored whole beside them. */
export function quoteColumns(quote: Quote, versions: readonly ProgramVersion[], now: Date) {
  return {
    quote,
    quotedAt: now,
    programVersionIds: versions.map((v) => v.id),
    subtotal: quote.totals.subtotal,
    discount: quote.totals.discount,
    redeemedPoints: quote.spend.pointsTotal,
    earnedPoints: quote.earn.points,
    cashback: quote.cashback.earned,
    total: quote.totals.total,
  };
}
