import "server-only";
import { readDemoStore } from "./demo-store";
import { readShopper } from "./shopper-session";
import { signShopperToken } from "./shopper-token";

/** What the shop's pages need for the widget: its publishable key and, when signed in, a token. */
export async function describeSession() {
  const store = readDemoStore();
  const buyer = await readShopper();
  return {
    publishableKey: store.publishableKey,
    shopperToken: buyer ? await signShopperToken(store, buyer) : null,
    buyer: buyer ? { name: buyer.name } : null,
  };
}
