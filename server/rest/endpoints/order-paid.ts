import { markOrderPaid as markPaid } from "@/server/services/orders/mark-paid";
import { markOrderPaid } from "../contract/orders";
import { toOrderOutput } from "../map/order-output";
import { secretEndpoint } from "../secret-endpoint";

export const POST = secretEndpoint(markOrderPaid, async ({ ctx, params, body, idempotencyKey }) => {
  const input = { ...body, orderId: params.externalOrderId, idempotencyKey };
  return toOrderOutput(await markPaid({ ctx, input }));
});
