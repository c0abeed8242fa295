import { cancelOrder as cancel } from "@/server/services/orders/cancel-order";
import { cancelOrder } from "../contract/orders";
import { toOrderOutput } from "../map/order-output";
import { secretEndpoint } from "../secret-endpoint";

export const POST = secretEndpoint(cancelOrder, async ({ ctx, params, idempotencyKey }) => {
  const input = { orderId: params.externalOrderId, idempotencyKey };
  return toOrderOutput(await cancel({ ctx, input }));
});
