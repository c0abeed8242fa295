import * as card from "@/app/api/v1/cards/[cardNumber]/route";
import * as empty from "@/app/api/v1/empty/route";
import * as guestOrderRefund from "@/app/api/v1/guest-orders/[externalOrderId]/refund/route";
import * as guestOrder from "@/app/api/v1/guest-orders/[externalOrderId]/route";
import * as memberActions from "@/app/api/v1/members/[externalId]/actions/route";
import * as memberAdjust from "@/app/api/v1/members/[externalId]/adjust/route";
import * as clubFee from "@/app/api/v1/members/[externalId]/club-fee/route";
import * as memberHistory from "@/app/api/v1/members/[externalId]/history/route";
import * as memberPageLinkRevoke from "@/app/api/v1/members/[externalId]/page-link/revoke/route";
import * as memberPageLink from "@/app/api/v1/members/[externalId]/page-link/route";
import * as member from "@/app/api/v1/members/[externalId]/route";
import * as openapi from "@/app/api/v1/openapi.json/route";
import * as orderCancel from "@/app/api/v1/orders/[externalOrderId]/cancel/route";
import * as orderConfirm from "@/app/api/v1/orders/[externalOrderId]/confirm/route";
import * as orderPaid from "@/app/api/v1/orders/[externalOrderId]/paid/route";
import * as orderRefund from "@/app/api/v1/orders/[externalOrderId]/refund/route";
import * as orderReserve from "@/app/api/v1/orders/reserve/route";
import * as partnerCredits from "@/app/api/v1/partner/credits/route";
import * as quote from "@/app/api/v1/quote/route";
import * as widgetQuote from "@/app/api/v1/widget/quote/route";
import * as widgetReserve from "@/app/api/v1/widget/reserve/route";

type RouteModule = Partial<
  Record<string, (request: Request, route: { params: Promise<Record<string, string>> }) => unknown>
>;

// Static segments first, as Next matches them.
const routes: [string, RouteModule][] = [
  ["/api/v1/empty", empty],
  ["/api/v1/openapi.json", openapi],
  ["/api/v1/quote", quote],
  ["/api/v1/orders/reserve", orderReserve],
  ["/api/v1/widget/quote", widgetQuote],
  ["/api/v1/widget/reserve", widgetReserve],
  ["/api/v1/partner/credits", partnerCredits],
  ["/api/v1/members/[externalId]", member],
  ["/api/v1/members/[externalId]/history", memberHistory],
  ["/api/v1/members/[externalId]/adjust", memberAdjust],
  ["/api/v1/members/[externalId]/actions", memberActions],
  ["/api/v1/members/[externalId]/page-link", memberPageLink],
  ["/api/v1/members/[externalId]/page-link/revoke", memberPageLinkRevoke],
  ["/api/v1/cards/[cardNumber]", card],
  ["/api/v1/members/[externalId]/club-fee", clubFee],
  ["/api/v1/orders/[externalOrderId]/confirm", orderConfirm],
  ["/api/v1/orders/[externalOrderId]/paid", orderPaid],
  ["/api/v1/orders/[externalOrderId]/cancel", orderCancel],
  ["/api/v1/orders/[externalOrderId]/refund", orderRefund],
  ["/api/v1/guest-orders/[externalOrderId]", guestOrder],
  ["/api/v1/guest-orders/[externalOrderId]/refund", guestOrderRefund],
];

/** The app's /api/v1 route files, in process: a `fetch` for the SDK test without a server. */
export async function dispatch(request: Request): Promise<Response> {
  const segments = new URL(request.url).pathname.split("/");
  for (const [pattern, module] of routes) {
    const params = match(pattern.split("/"), segments);
    if (!params) continue;
    const handler = module[request.method];
    if (!handler) return new Response(null, { status: 405 });
    return (await handler(request, { params: Promise.resolve(params) })) as Response;
  }
  return new Response(null, { status: 404 });
}

function match(pattern: string[], segments: string[]): Record<string, string> | null {
  if (pattern.length !== segments.length) return null;
  const params: Record<string, string> = {};
  for (const [i, part] of pattern.entries()) {
    const segment = segments[i] ?? "";
    const name = part.match(/^\[(\w+)\]$/)?.[1];
    if (name) params[name] = decodeURIComponent(segment);
    else if (part !== segment) return null;
  }
  return params;
}
