import { reserveForShopper } from "@/server/services/widget/reserve-for-shopper";
import { widgetReserve } from "../contract/widget";
import { toCartLines } from "../map/cart-lines";
import { widgetEndpoint, widgetPreflight } from "../widget-endpoint";

export const OPTIONS = widgetPreflight;

export const POST = widgetEndpoint(widgetReserve, async ({ client, ctx, shopper, body, now }) => {
  const lines = toCartLines(body.cart, client.currency);
  const { cartId, pointsToSpend, referralCode } = body;
  return reserveForShopper({ ctx, shopper, cartId, lines, pointsToSpend, referralCode, now });
});
