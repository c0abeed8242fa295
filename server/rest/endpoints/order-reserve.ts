import { reserveOrder as reserve } from "@/server/services/orders/reserve-order";
import { reserveOrder } from "../contract/orders";
import { toOrderOutput } from "../map/order-output";
import { toPublicQuote } from "../map/public-quote";
import { secretEndpoint } from "../secret-endpoint";

export const POST = secretEndpoint(reserveOrder, async ({ ctx, body, idempotencyKey }) => {
  const { quote, heldPoints, holdExpiresAt, ...order } = await reserve({
    ctx,
    input: { ...body, idempotencyKey },
  });
  return { ...toOrderOutput(order), heldPoints, holdExpiresAt, quote: toPublicQuote(quote) };
});
