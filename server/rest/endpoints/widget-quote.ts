import { signMemberLinkCached } from "@/server/services/member-page/sign-member-link-cached";
import { quoteForGuest } from "@/server/services/widget/quote-for-guest";
import { quoteForShopper } from "@/server/services/widget/quote-for-shopper";
import { widgetQuote } from "../contract/widget";
import { toCartLines } from "../map/cart-lines";
import { toWidgetQuote } from "../map/widget-quote";
import { widgetEndpoint, widgetPreflight } from "../widget-endpoint";

export const OPTIONS = widgetPreflight;

export const POST = widgetEndpoint(widgetQuote, async ({ db, client, ctx, shopper, body, now }) => {
  const lines = toCartLines(body.cart, client.currency);
  const store = { locale: client.locale, joinUrl: client.joinUrl };
  if (!shopper) {
    const guest = await quoteForGuest({ db, store: client, lines, now });
    return toWidgetQuote({ ...guest, ...store, member: null });
  }
  const { pointsToSpend, referralCode } = body;
  const priced = await quoteForShopper({ ctx, shopper, lines, pointsToSpend, referralCode, now });
  const { id, name, pageLinkGeneration: generation } = priced.member;
  const page = await signMemberLinkCached({
    merchantId: ctx.merchantId,
    memberId: id,
    generation,
    now,
  });
  const { balance, expiringSoon, referral, clubOffers } = priced;
  const member = { name, balance, expiringSoon, referral, pageUrl: page.url, clubOffers };
  return toWidgetQuote({ ...priced, ...store, member });
});
