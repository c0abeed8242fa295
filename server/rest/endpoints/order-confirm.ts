import { confirmOrder as confirm } from "@/server/services/orders/confirm-order";
import { confirmOrder } from "../contract/orders";
import { toOrderOutput } from "../map/order-output";
import { secretEndpoint } from "../secret-endpoint";

export const POST = secretEndpoint(confirmOrder, async ({ ctx, params, body, idempotencyKey }) => {
  const input = { cartId: body.cartId, orderId: params.externalOrderId, idempotencyKey };
  return toOrderOutput(await confirm({ ctx, input }));
});
