import { refundGuestOrder as refund } from "@/server/services/guest-orders/refund-guest-order";
import { refundGuestOrder } from "../contract/guest-orders";
import { secretEndpoint } from "../secret-endpoint";

export const POST = secretEndpoint(refundGuestOrder, ({ ctx, params, body, idempotencyKey }) =>
  refund({ ctx, input: { ...body, orderId: params.externalOrderId, idempotencyKey } }),
);
