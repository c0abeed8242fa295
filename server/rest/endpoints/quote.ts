import { quoteOrder } from "@/server/services/orders/quote-order";
import { quote } from "../contract/orders";
import { toPublicQuote } from "../map/public-quote";
import { secretEndpoint } from "../secret-endpoint";

export const POST = secretEndpoint(quote, async ({ ctx, body }) =>
  toPublicQuote(await quoteOrder({ ctx, input: body })),
);
