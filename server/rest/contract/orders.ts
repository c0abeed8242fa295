import { z } from "zod";
import { CartId, ExternalOrderId, MemberRef, OrderLines, PointsToSpend } from "./common";
import { exampleLines, exampleOrder, exampleQuote } from "./examples";
import { defineOperation } from "./operation";
import { OrderOutput, QuoteOutput, RefundOutput, ReserveOutput } from "./quote";
import { PayerPrints } from "./referrals";

const OrderPath = z.object({ externalOrderId: ExternalOrderId });
const orderPath = { externalOrderId: "A-1001" };

export const QuoteRequest = z.object({
  member: MemberRef,
  lines: OrderLines,
  pointsToSpend: PointsToSpend,
  rewardId: z.string().min(1).max(100).optional(),
});

export const quote = defineOperation({
  id: "quote",
  method: "POST",
  path: "/quote",
  tag: "Orders",
  summary: "Price a cart for a member",
  description: "Writes nothing. Use it to show member prices before the buyer reserves.",
  auth: "secret",
  isIdempotent: false,
  body: QuoteRequest,
  output: QuoteOutput,
  example: {
    body: { member: { externalId: "cust-42" }, lines: exampleLines, pointsToSpend: 150 },
    output: exampleQuote,
  },
});

export const reserveOrder = defineOperation({
  id: "reserveOrder",
  method: "POST",
  path: "/orders/reserve",
  tag: "Orders",
  summary: "Price a cart and hold the points it spends",
  description:
    "Reserving the same `cartId` again releases the earlier hold and takes a new one. " +
    "The hold lasts the store's hold TTL (30 minutes by default) until the order is confirmed.",
  auth: "secret",
  isIdempotent: true,
  body: QuoteRequest.extend({ cartId: CartId }),
  output: ReserveOutput,
  example: {
    body: {
      member: { externalId: "cust-42" },
      cartId: "cart-7f3a",
      lines: exampleLines,
      pointsToSpend: 150,
    },
    output: {
      ...exampleOrder,
      externalId: null,
      status: "reserved",
      heldPoints: 150,
      holdExpiresAt: "2026-11-23T12:30:00.000Z",
      quote: exampleQuote,
    },
  },
});

export const confirmOrder = defineOperation({
  id: "confirmOrder",
  method: "POST",
  path: "/orders/{externalOrderId}/confirm",
  tag: "Orders",
  summary: "Attach the store's order number to a reserved cart",
  description: "The hold now lasts until payment may arrive (placedHoldDays, 14 days by default).",
  auth: "secret",
  isIdempotent: true,
  params: OrderPath,
  body: z.object({ cartId: CartId }),
  output: OrderOutput,
  example: {
    params: orderPath,
    body: { cartId: "cart-7f3a" },
    output: { ...exampleOrder, status: "placed" },
  },
});

export const markOrderPaid = defineOperation({
  id: "markOrderPaid",
  method: "POST",
  path: "/orders/{externalOrderId}/paid",
  tag: "Orders",
  summary: "Record the payment: spend the held points and earn new ones",
  description:
    "For a confirmed order send an empty body. For an order that was never reserved (a POS " +
    "sale) send `member` and `lines` (and optionally `pointsToSpend`): it is priced and paid at once.",
  auth: "secret",
  isIdempotent: true,
  params: OrderPath,
  body: z
    .object({
      member: MemberRef.optional(),
      lines: OrderLines.optional(),
      pointsToSpend: z.number().int().min(0).max(1e12).optional(),
      rewardId: z.string().min(1).max(100).optional(),
      buyer: PayerPrints,
    })
    .refine((b) => Boolean(b.member) === Boolean(b.lines), {
      error: "Send member and lines together, or neither",
      path: ["lines"],
    }),
  output: OrderOutput,
  example: { params: orderPath, body: {}, output: { ...exampleOrder, status: "paid" } },
});

export const cancelOrder = defineOperation({
  id: "cancelOrder",
  method: "POST",
  path: "/orders/{externalOrderId}/cancel",
  tag: "Orders",
  summary: "Cancel an order at any stage",
  description: "An unpaid order releases its hold; a paid one is refunded in full first.",
  auth: "secret",
  isIdempotent: true,
  params: OrderPath,
  output: OrderOutput,
  example: { params: orderPath, output: { ...exampleOrder, status: "cancelled" } },
});

export const refundOrder = defineOperation({
  id: "refundOrder",
  method: "POST",
  path: "/orders/{externalOrderId}/refund",
  tag: "Orders",
  summary: "Refund a paid order in full, by lines, or by an amount",
  description:
    "An empty body refunds everything. Refunds are cumulative: refunding more than is left " +
    "is clamped, refunding a refunded line changes nothing.",
  auth: "secret",
  isIdempotent: true,
  params: OrderPath,
  body: z
    .object({
      lines: z
        .array(z.object({ sku: z.string().min(1), quantity: z.number().int().min(1) }))
        .min(1)
        .optional(),
      amount: z.number().int().min(1).optional(),
    })
    .refine((r) => !(r.lines && r.amount), {
      error: "Refund either lines or an amount, not both",
      path: ["amount"],
    }),
  output: RefundOutput,
  example: {
    params: orderPath,
    body: { lines: [{ sku: "TEA-001", quantity: 1 }] },
    output: {
      ...exampleOrder,
      status: "paid",
      refundedAmount: 72_600,
      refund: {
        refundId: "5b0f4f8e-8a55-4f1f-9d43-3f1c2a7e9b10",
        isNoop: false,
        cash: 72_600,
        pointsReversed: 7,
        pointsReturned: 75,
        cashbackReversed: 0,
        debtRecorded: 0,
        writtenOff: 0,
      },
    },
  },
});
