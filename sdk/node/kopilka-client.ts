import { toKopilkaError } from "./kopilka-error";
import type {
  AdjustPointsInput,
  AdjustPointsResult,
  ClubFeeResult,
  ConfirmOrderInput,
  CreditPartnerPointsInput,
  GuestOrder,
  HistoryQuery,
  MarkOrderPaidInput,
  Member,
  MemberHistory,
  MemberPageLink,
  MemberPageLinkQuery,
  MemberPageLinksRevoked,
  MemberProfileInput,
  MemberReferral,
  Order,
  PartnerCredit,
  PartnerCredits,
  PartnerCreditsQuery,
  PayClubFeeInput,
  Quote,
  QuoteInput,
  RecordGuestOrderInput,
  Refund,
  RefundGuestOrderInput,
  RefundOrderInput,
  Reservation,
  ReserveOrderInput,
  RewardActionInput,
  RewardActionResult,
  UpsertMemberResult,
  WidgetQuote,
  WidgetQuoteInput,
  WidgetReservation,
  WidgetReserveInput,
} from "./types";

export { KopilkaError } from "./kopilka-error";
export type * from "./types";

export type KopilkaClientOptions = {
  /** Where Kopilka runs, e.g. `https://loyalty.example.com`. */
  baseUrl: string;
  /** `sk_...`: for the store's backend; never ship it to a browser. */
  secretKey?: string;
  /** `pk_...`: only for the widget methods. */
  publishableKey?: string;
  /** `ptk_...`: a coalition partner's key, only for the partner methods. */
  partnerKey?: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
};

/** Every change takes a key: retrying with it returns the first answer instead of repeating. */
export type Idempotent = { idempotencyKey: string };
export type AsShopper = { shopperToken?: string };

type Send = {
  auth: "secret" | "publishable" | "partner";
  body?: unknown;
  query?: Record<string, number | string | undefined>;
  idempotencyKey?: string;
  shopperToken?: string;
};

/** A typed client for the Kopilka API, one method per operation (operationId = method name). */
export class KopilkaClient {
  readonly #options: KopilkaClientOptions;

  constructor(options: KopilkaClientOptions) {
    this.#options = options;
  }

  upsertMember(externalId: string, input: MemberProfileInput, { idempotencyKey }: Idempotent) {
    const path = `/members/${segment(externalId)}`;
    return this.#send<UpsertMemberResult>("PUT", path, {
      auth: "secret",
      body: input,
      idempotencyKey,
    });
  }

  getMember(externalId: string) {
    return this.#send<Member>("GET", `/members/${segment(externalId)}`, { auth: "secret" });
  }

  listMemberHistory(externalId: string, query: HistoryQuery = {}) {
    const path = `/members/${segment(externalId)}/history`;
    return this.#send<MemberHistory>("GET", path, { auth: "secret", query });
  }

  adjustPoints(externalId: string, input: AdjustPointsInput, { idempotencyKey }: Idempotent) {
    const path = `/members/${segment(externalId)}/adjust`;
    return this.#send<AdjustPointsResult>("POST", path, {
      auth: "secret",
      body: input,
      idempotencyKey,
    });
  }

  rewardAction(externalId: string, input: RewardActionInput, { idempotencyKey }: Idempotent) {
    const path = `/members/${segment(externalId)}/actions`;
    return this.#send<RewardActionResult>("POST", path, {
      auth: "secret",
      body: input,
      idempotencyKey,
    });
  }

  getMemberReferral(externalId: string) {
    const path = `/members/${segment(externalId)}/referral`;
    return this.#send<MemberReferral>("GET", path, { auth: "secret" });
  }

  /** A signed link to the member's own page; send it only to the member. */
  getMemberPageLink(externalId: string, query: MemberPageLinkQuery = {}) {
    const path = `/members/${segment(externalId)}/page-link`;
    return this.#send<MemberPageLink>("GET", path, { auth: "secret", query });
  }

  revokeMemberPageLinks(externalId: string, { idempotencyKey }: Idempotent) {
    const path = `/members/${segment(externalId)}/page-link/revoke`;
    return this.#send<MemberPageLinksRevoked>("POST", path, { auth: "secret", idempotencyKey });
  }

  getMemberByCard(cardNumber: string) {
    const path = `/cards/${segment(cardNumber.replace(/\s/g, ""))}`;
    return this.#send<Member>("GET", path, { auth: "secret" });
  }

  payClubFee(externalId: string, input: PayClubFeeInput, { idempotencyKey }: Idempotent) {
    const path = `/members/${segment(externalId)}/club-fee`;
    return this.#send<ClubFeeResult>("POST", path, { auth: "secret", body: input, idempotencyKey });
  }

  quote(input: QuoteInput) {
    return this.#send<Quote>("POST", "/quote", { auth: "secret", body: input });
  }

  reserveOrder(input: ReserveOrderInput, { idempotencyKey }: Idempotent) {
    return this.#send<Reservation>("POST", "/orders/reserve", {
      auth: "secret",
      body: input,
      idempotencyKey,
    });
  }

  confirmOrder(externalOrderId: string, input: ConfirmOrderInput, { idempotencyKey }: Idempotent) {
    const path = `/orders/${segment(externalOrderId)}/confirm`;
    return this.#send<Order>("POST", path, { auth: "secret", body: input, idempotencyKey });
  }

  markOrderPaid(
    externalOrderId: string,
    input: MarkOrderPaidInput,
    { idempotencyKey }: Idempotent,
  ) {
    const path = `/orders/${segment(externalOrderId)}/paid`;
    return this.#send<Order>("POST", path, { auth: "secret", body: input, idempotencyKey });
  }

  cancelOrder(externalOrderId: string, { idempotencyKey }: Idempotent) {
    const path = `/orders/${segment(externalOrderId)}/cancel`;
    return this.#send<Order>("POST", path, { auth: "secret", idempotencyKey });
  }

  refundOrder(externalOrderId: string, input: RefundOrderInput, { idempotencyKey }: Idempotent) {
    const path = `/orders/${segment(externalOrderId)}/refund`;
    return this.#send<Refund>("POST", path, { auth: "secret", body: input, idempotencyKey });
  }

  /** A paid order of a buyer outside the program: only the dashboard's comparison uses it. */
  recordGuestOrder(
    externalOrderId: string,
    input: RecordGuestOrderInput,
    { idempotencyKey }: Idempotent,
  ) {
    const path = `/guest-orders/${segment(externalOrderId)}`;
    return this.#send<GuestOrder>("POST", path, { auth: "secret", body: input, idempotencyKey });
  }

  refundGuestOrder(
    externalOrderId: string,
    input: RefundGuestOrderInput,
    { idempotencyKey }: Idempotent,
  ) {
    const path = `/guest-orders/${segment(externalOrderId)}/refund`;
    return this.#send<GuestOrder>("POST", path, { auth: "secret", body: input, idempotencyKey });
  }

  /** What the cart widget would show; server-side rendering of a cart can use it too. */
  widgetQuote(input: WidgetQuoteInput, { shopperToken }: AsShopper = {}) {
    return this.#send<WidgetQuote>("POST", "/widget/quote", {
      auth: "publishable",
      body: input,
      shopperToken,
    });
  }

  widgetReserve(input: WidgetReserveInput, { shopperToken }: AsShopper = {}) {
    return this.#send<WidgetReservation>("POST", "/widget/reserve", {
      auth: "publishable",
      body: input,
      shopperToken,
    });
  }

  /** As a partner: credit points to one of the store's members. */
  creditPartnerPoints(input: CreditPartnerPointsInput, { idempotencyKey }: Idempotent) {
    return this.#send<PartnerCredit>("POST", "/partner/credits", {
      auth: "partner",
      body: input,
      idempotencyKey,
    });
  }

  /** As a partner: its own credits, newest first. */
  listPartnerCredits(query: PartnerCreditsQuery = {}) {
    return this.#send<PartnerCredits>("GET", "/partner/credits", { auth: "partner", query });
  }

  async #send<T>(method: string, path: string, send: Send): Promise<T> {
    const { baseUrl, timeoutMs = 10_000 } = this.#options;
    const url = new URL(`${baseUrl.replace(/\/+$/, "")}/api/v1${path}`);
    for (const [name, value] of Object.entries(send.query ?? {})) {
      if (value !== undefined) url.searchParams.set(name, String(value));
    }
    const response = await (this.#options.fetch ?? fetch)(url, {
      method,
      headers: this.#headers(send),
      body: send.body === undefined ? undefined : JSON.stringify(send.body),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await response.text();
    const data: unknown = text ? parseJson(text) : null;
    if (!response.ok) throw toKopilkaError(response.status, data);
    return data as T;
  }

  #headers(send: Send): Record<string, string> {
    const headers: Record<string, string> = { accept: "application/json" };
    if (send.body !== undefined) headers["content-type"] = "application/json";
    if (send.idempotencyKey !== undefined) headers["idempotency-key"] = send.idempotencyKey;
    if (send.auth === "secret") {
      headers.authorization = `Bearer ${required(this.#options.secretKey, "secretKey")}`;
      return headers;
    }
    if (send.auth === "partner") {
      headers.authorization = `Bearer ${required(this.#options.partnerKey, "partnerKey")}`;
      return headers;
    }
    headers["x-kopilka-key"] = required(this.#options.publishableKey, "publishableKey");
    if (send.shopperToken) headers.authorization = `Bearer ${send.shopperToken}`;
    return headers;
  }
}

function segment(id: string): string {
  return encodeURIComponent(id);
}

function required(value: string | undefined, name: string): string {
  if (!value) throw new Error(`KopilkaClient: pass ${name} to use this method`);
  return value;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
