import { z } from "zod";
import { IdempotencyKey } from "../idempotency/run-idempotent";
import { ExternalOrderId } from "../orders/order-input";

/** The store's customer id or a hash of the email: the same buyer must get the same ref. */
export const CustomerRef = z.string().trim().min(1).max(200);
export const Money = z.number().int().min(0).max(1e13);

export const RecordGuestOrderInput = z.object({
  idempotencyKey: IdempotencyKey,
  orderId: ExternalOrderId,
  customerRef: CustomerRef,
  amount: Money,
  paidAt: z.coerce.date(),
});
export type RecordGuestOrderInput = z.input<typeof RecordGuestOrderInput>;

export const RefundGuestOrderInput = z.object({
  idempotencyKey: IdempotencyKey,
  orderId: ExternalOrderId,
  /** Omitted: refund what is left. */
  amount: Money.min(1).optional(),
});
export type RefundGuestOrderInput = z.input<typeof RefundGuestOrderInput>;

export type GuestOrderOutput = {
  externalId: string;
  customerRef: string;
  amount: number;
  refundedAmount: number;
  paidAt: string;
};
