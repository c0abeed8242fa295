import type { OrderResult } from "@/server/services/orders/order-result";
import type { OrderOutput } from "../contract/quote";

/** `id` is Kopilka's; the store's own number stays `externalId`. */
export function toOrderOutput({ orderId, ...order }: OrderResult): OrderOutput {
  return { id: orderId, ...order };
}
