import type { OrderStatus, orders } from "@/db/schema";

export type OrderRow = typeof orders.$inferSelect;

/** What every order verb returns (and what an idempotent replay returns again). */
export type OrderResult = {
  orderId: string;
  externalId: string | null;
  cartId: string | null;
  status: OrderStatus;
  subtotal: number;
  discount: number;
  redeemedPoints: number;
  earnedPoints: number;
  cashback: number;
  total: number;
  refundedAmount: number;
  programVersionIds: string[];
};

type Described = Pick<
  OrderRow,
  | "id"
  | "externalId"
  | "cartId"
  | "status"
  | "subtotal"
  | "discount"
  | "redeemedPoints"
  | "earnedPoints"
  | "cashback"
  | "total"
  | "refundedAmount"
  | "programVersionIds"
>;

export function describeOrder(order: Described): OrderResult {
  return {
    orderId: order.id,
    externalId: order.externalId,
    cartId: order.cartId,
    status: order.status,
    subtotal: order.subtotal,
    discount: order.discount,
    redeemedPoints: order.redeemedPoints,
    earnedPoints: order.earnedPoints,
    cashback: order.cashback,
    total: order.total,
    refundedAmount: order.refundedAmount,
    programVersionIds: order.programVersionIds,
  };
}
