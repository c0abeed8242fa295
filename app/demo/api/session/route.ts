import { z } from "zod";
import { readDemoStore } from "../../_server/demo-store";
import { handleDemo } from "../../_server/respond";
import { readShopper, writeShopper } from "../../_server/shopper-session";
import { signShopperToken } from "../../_server/shopper-token";

const SessionInput = z.object({ signedIn: z.boolean() });

/** What the shop's pages need for the widget: its publishable key and, when signed in, a token. */
async function describeSession() {
  const store = readDemoStore();
  const buyer = await readShopper();
  return Response.json({
    publishableKey: store.publishableKey,
    shopperToken: buyer ? await signShopperToken(store, buyer) : null,
    buyer: buyer ? { name: buyer.name } : null,
  });
}

export function GET() {
  return handleDemo(describeSession);
}

export function POST(request: Request) {
  return handleDemo(async () => {
    const { signedIn } = SessionInput.parse(await request.json().catch(() => null));
    await writeShopper(signedIn);
    return describeSession();
  });
}
