import { h } from "./dom";
import { STYLES } from "./styles";

export type View = ReturnType<typeof createView>;

function createRow() {
  const term = h("dt");
  const value = h("dd");
  return { row: h("div", {}, term, value), term, value };
}

/** Builds the widget's DOM once; renders only change text and visibility, so focus survives. */
export function createView(
  root: ShadowRoot,
  onPoints: (value: string) => void,
  onCopy: (link: string) => void,
) {
  const described = { "aria-describedby": "limit" };
  const range = h("input", { type: "range", id: "range", min: "0", step: "1", ...described });
  const number = h("input", {
    type: "number",
    min: "0",
    step: "1",
    inputmode: "numeric",
    ...described,
  });
  range.addEventListener("input", () => onPoints(range.value));
  number.addEventListener("input", () => onPoints(number.value));
  number.addEventListener("change", () => {
    number.value = range.value;
  });
  const rangeLabel = h("label", { for: "range" });
  const available = createRow();
  const pending = createRow();
  const expiring = createRow();
  const view = {
    root,
    region: h("section", { class: "k" }),
    note: h("p", { class: "muted" }),
    guest: h("p"),
    guestText: document.createTextNode(""),
    joinLink: h("a"),
    member: h("div", { class: "m" }),
    name: h("span", { class: "name" }),
    tier: h("span", { class: "badge" }),
    freeShipping: h("span", { class: "badge perk" }),
    discount: h("p"),
    balance: h("dl", {}, available.row, pending.row, expiring.row),
    available,
    pending,
    expiring,
    earn: h("p"),
    spend: h("div", { class: "spend" }, rangeLabel, range, number),
    rangeLabel,
    range,
    number,
    limit: h("p", { class: "limit muted", id: "limit" }),
    progress: h("p", { class: "muted" }),
    invite: h("p", { class: "inv" }),
    inviteText: document.createTextNode(""),
    inviteLink: h("span", { class: "link" }),
    copy: h("button", { type: "button" }),
    pageLink: h("a", { target: "_blank", rel: "noopener" }),
    total: h("p", { class: "total", role: "status", "aria-live": "polite", "aria-atomic": "true" }),
  };
  view.guest.append(view.guestText, " ", view.joinLink);
  view.invite.append(view.inviteText, " ", view.inviteLink, " ", view.copy);
  view.copy.addEventListener("click", () => onCopy(view.inviteLink.textContent ?? ""));
  view.member.append(
    h("div", { class: "head" }, view.name, view.tier, view.freeShipping),
    view.discount,
    view.balance,
    view.earn,
    view.spend,
    view.limit,
    view.progress,
    view.invite,
    view.pageLink,
  );
  view.region.append(view.note, view.guest, view.member, view.total);
  root.append(h("style", {}, STYLES), view.region);
  return view;
}
