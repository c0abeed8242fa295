import { showText } from "./dom";
import { describeLimit } from "./limit";
import type { Locale } from "./locale";
import { MESSAGES } from "./messages";
import { formatMoney } from "./money";
import { formatOrders, formatPoints } from "./plural";
import { previewChange } from "./points";
import type { Member, Quote } from "./types";
import type { View } from "./view";

export type Status = "empty" | "loading" | "ready" | "unavailable";

export type ViewState = { status: Status; quote: Quote | null; points: number; locale: Locale };

type Row = View["available"];

function showRow(row: Row, term: string | false | null, value: string): void {
  row.row.hidden = !term;
  row.term.textContent = term || "";
  row.value.textContent = value;
}

function describeProgress(quote: Quote, locale: Locale): string {
  const progress = quote.tierProgress;
  if (!progress || progress.remaining <= 0) return "";
  const t = MESSAGES[locale];
  return progress.metric === "orders"
    ? t.progressOrders(formatOrders(progress.remaining, locale), progress.nextTier)
    : t.progressSpend(formatMoney(progress.remaining, quote.currency, locale), progress.nextTier);
}

function renderMember(view: View, quote: Quote, member: Member, locale: Locale): void {
  const t = MESSAGES[locale];
  const { balance } = member;
  const expiring = balance.expiringSoon;
  const points = (count: number) => formatPoints(count, locale);
  // "none" is a store without a points wallet; its members see only their discount.
  const hasPoints =
    quote.spend.limit.key !== "spend.limit.none" || balance.available > 0 || quote.earn.points > 0;
  showText(view.name, member.name);
  showText(view.tier, member.tier?.name ?? "");
  showText(view.freeShipping, quote.perks.freeShipping && t.freeShipping);
  showText(
    view.discount,
    quote.totals.discount > 0 &&
      `${t.memberDiscount}: −${formatMoney(quote.totals.discount, quote.currency, locale)}`,
  );
  view.balance.hidden = !hasPoints;
  showRow(view.available, t.available, points(balance.available));
  showRow(view.pending, balance.pending > 0 && t.pending, points(balance.pending));
  const expiresOn = expiring
    ? new Intl.DateTimeFormat(locale, { day: "numeric", month: "long" }).format(
        new Date(expiring.expiresAt),
      )
    : "";
  showRow(
    view.expiring,
    !!expiring?.points && t.expiring(expiresOn),
    points(expiring?.points ?? 0),
  );
  showText(view.earn, hasPoints && t.earn(points(quote.earn.points)));
  view.spend.hidden = quote.spend.max <= 0;
  view.rangeLabel.textContent = t.spend;
  view.number.setAttribute("aria-label", t.spendInput);
  view.range.max = view.number.max = String(quote.spend.max);
  showText(view.limit, hasPoints && describeLimit(quote.spend, locale));
  showText(view.progress, describeProgress(quote, locale));
  const link = member.referral?.link;
  view.invite.hidden = !link;
  if (link && view.inviteLink.textContent !== link) {
    view.inviteText.data = t.invite;
    view.inviteLink.textContent = link;
    view.copy.textContent = t.copy;
  }
  showText(view.pageLink, member.pageUrl ? t.myCard : "");
  if (member.pageUrl) view.pageLink.setAttribute("href", member.pageUrl);
}

/** Only what the slider moves: both inputs, their value text and the announced total. */
export function renderPoints(view: View, quote: Quote, points: number, locale: Locale): void {
  const { total } = previewChange(quote, points, null);
  const typed = view.number.value;
  const isTyping = view.root.activeElement === view.number;
  view.range.value = String(points);
  view.range.setAttribute("aria-valuetext", formatPoints(points, locale));
  if (!isTyping || (typed !== "" && Number(typed) !== points)) view.number.value = String(points);
  showText(view.total, `${MESSAGES[locale].total}: ${formatMoney(total, quote.currency, locale)}`);
}

export function renderView(view: View, { status, quote, points, locale }: ViewState): void {
  const t = MESSAGES[locale];
  const ready = status === "ready" ? quote : null;
  view.region.setAttribute("aria-label", t.region);
  view.region.hidden = status === "empty";
  showText(view.note, status === "loading" ? t.loading : status === "unavailable" && t.unavailable);
  view.guest.hidden = !ready?.guest;
  view.member.hidden = !ready?.member;
  view.total.hidden = !ready;
  if (!ready) return;
  if (ready.guest) {
    view.guestText.data = t.join(formatPoints(ready.guest.earnIfJoined, locale));
    view.joinLink.textContent = t.joinLink;
    const isWebLink = /^(https?:|\/)/i.test(ready.guest.joinUrl);
    view.joinLink.hidden = !isWebLink;
    if (isWebLink) view.joinLink.href = ready.guest.joinUrl;
  }
  if (ready.member) renderMember(view, ready, ready.member, locale);
  renderPoints(view, ready, points, locale);
}
