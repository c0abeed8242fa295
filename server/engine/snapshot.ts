import type { Quote } from "./quote/types";
import type { LotAmount } from "./reason";
import type { OrderSnapshot } from "./refund";

/**
 * What an order must remember to be refunded later: its priced lines, the lot ids its
 * earn created (in quote.earn.lots order) and the lots its spend consumed.
 */
export function buildOrderSnapshot(
  priced: Quote,
  earnedLotIds: readonly string[],
  spentLots: readonly LotAmount[],
): OrderSnapshot {
  if (earnedLotIds.length !== priced.earn.lots.length) {
    throw new RangeError("buildOrderSnapshot: one lot id per earned lot expected");
  }
  return {
    lines: priced.lines.map((line) => ({
      quantity: line.quantity,
      paid: line.paid,
      pointsEarned: line.pointsEarned,
      pointsSpent: line.pointsSpent,
      cashbackEarned: line.cashbackEarned,
      cashbackSpent: line.cashbackSpent,
      refunded: 0,
    })),
    earnedLots: priced.earn.lots.map((lot, i) => ({
      lotId: earnedLotIds[i] ?? "",
      amount: lot.amount,
    })),
    spentLots: [...spentLots],
  };
}
