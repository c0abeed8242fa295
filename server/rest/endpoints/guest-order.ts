import { recordGuestOrder as record } from "@/server/services/guest-orders/record-guest-order";
import { recordGuestOrder } from "../contract/guest-orders";
import { secretEndpoint } from "../secret-endpoint";

export const POST = secretEndpoint(recordGuestOrder, ({ ctx, params, body, idempotencyKey }) =>
  record({ ctx, input: { ...body, orderId: params.externalOrderId, idempotencyKey } }),
);
