import type { CartLine } from "@/server/engine";
import { InvalidInput } from "@/server/errors";

/** The widget's lines carry display names the engine does not need; the currency must be the store's. */
export function toCartLines(
  cart: { currency: string; lines: (CartLine & { name?: string })[] },
  storeCurrency: string,
): CartLine[] {
  if (cart.currency !== storeCurrency) {
    throw new InvalidInput(`This store prices in ${storeCurrency}`, {
      "cart.currency": [`Expected ${storeCurrency}`],
    });
  }
  return cart.lines.map(({ name: _, ...line }) => line);
}
