import type { Cart, ChangeDetail, Quote } from "./types";

/** Whatever the slider or the number field holds -> whole points within 0..max. */
export function clampPoints(value: string | number, max: number): number {
  const points = Math.floor(Number(value));
  return Number.isNaN(points) ? 0 : Math.min(Math.max(points, 0), Math.max(max, 0));
}

/** The quote's figures with `points` applied instead, so the total follows the slider at once. */
export function previewChange(quote: Quote, points: number, holdId: string | null): ChangeDetail {
  const total = quote.totals.total + quote.totals.pointsValue - points * quote.spend.pointValue;
  return { pointsToSpend: points, discount: quote.totals.subtotal - total, total, holdId };
}

/** What the host charges when Kopilka cannot answer: the cart as it is. */
export function createZeroChange(cart: Cart | null): ChangeDetail {
  const total = cart?.lines.reduce((sum, line) => sum + line.unitPrice * line.quantity, 0) ?? 0;
  return { pointsToSpend: 0, discount: 0, total, holdId: null };
}
