import { refundOrder as refund } from "@/server/services/orders/refund-order";
import { refundOrder } from "../contract/orders";
import { toOrderOutput } from "../map/order-output";
import { secretEndpoint } from "../secret-endpoint";

export const POST = secretEndpoint(refundOrder, async ({ ctx, params, body, idempotencyKey }) => {
  const input = { ...body, orderId: params.externalOrderId, idempotencyKey };
  const { refund: summary, ...order } = await refund({ ctx, input });
  return { ...toOrderOutput(order), refund: summary };
});
