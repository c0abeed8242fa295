import { type OrderSnapshot, roundDown } from "@/server/engine";

/** Refund progress is counted out of quantity * max(paid, 1) per line (see engine/refund.ts). */
export function isFullyRefunded(snapshot: OrderSnapshot): boolean {
  return snapshot.lines.every((line) => line.refunded === line.quantity * Math.max(line.paid, 1));
}

/** The part of the order's spend (for member stats) that a cumulative cash refund takes back. */
export function refundedSpend(spend: number, total: number, refundedCash: number, isFull: boolean) {
  if (isFull) return spend;
  return total > 0 ? roundDown(spend, Math.min(refundedCash, total), total) : 0;
}
