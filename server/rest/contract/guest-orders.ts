import { z } from "zod";
import { ExternalOrderId } from "./common";
import { defineOperation } from "./operation";

const GuestOrderPath = z.object({ externalOrderId: ExternalOrderId });
const Money = z.number().int().min(0).max(1e13);

export const GuestOrderOutput = z.object({
  externalId: z.string(),
  customerRef: z.string(),
  amount: z.number().int(),
  refundedAmount: z.number().int(),
  paidAt: z.string().meta({ description: "ISO 8601 instant." }),
});

const exampleGuestOrder = {
  externalId: "A-2001",
  customerRef: "cust-981",
  amount: 249_000,
  refundedAmount: 0,
  paidAt: "2026-11-23T12:00:00.000Z",
};

export const recordGuestOrder = defineOperation({
  id: "recordGuestOrder",
  method: "POST",
  path: "/guest-orders/{externalOrderId}",
  tag: "Orders",
  summary: "Report a paid order of a buyer outside the program",
  description:
    "Feeds the dashboard's members-vs-non-members comparison and nothing else: no points, no " +
    "member. `customerRef` is your customer id or a hash of the email, the same for every " +
    "order of one buyer. Reporting the same order id again keeps the first report.",
  auth: "secret",
  isIdempotent: true,
  params: GuestOrderPath,
  body: z.object({
    customerRef: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .meta({ description: "Your customer id or an email hash; never the raw email." }),
    amount: Money.meta({ description: "What the buyer paid, in minor units." }),
    paidAt: z.iso.datetime({ offset: true }),
  }),
  output: GuestOrderOutput,
  example: {
    params: { externalOrderId: "A-2001" },
    body: { customerRef: "cust-981", amount: 249_000, paidAt: "2026-11-23T12:00:00Z" },
    output: exampleGuestOrder,
  },
});

export const refundGuestOrder = defineOperation({
  id: "refundGuestOrder",
  method: "POST",
  path: "/guest-orders/{externalOrderId}/refund",
  tag: "Orders",
  summary: "Refund a reported guest order, in full or by an amount",
  description: "Refunds add up and are clamped to what is left; an empty body refunds the rest.",
  auth: "secret",
  isIdempotent: true,
  params: GuestOrderPath,
  body: z.object({ amount: Money.min(1).optional() }),
  output: GuestOrderOutput,
  example: {
    params: { externalOrderId: "A-2001" },
    body: { amount: 49_000 },
    output: { ...exampleGuestOrder, refundedAmount: 49_000 },
  },
});
