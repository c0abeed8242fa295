import { createCartId } from "./cart-id";
import { createClient, type TokenProvider } from "./client";
import { pickLocale } from "./locale";
import { MESSAGES } from "./messages";
import { clampPoints, createZeroChange, previewChange } from "./points";
import { keepRef } from "./ref";
import { renderPoints, renderView, type Status } from "./render";
import type { Cart, ChangeDetail, Quote, Reservation } from "./types";
import { createView, type View } from "./view";

/** Typing and dragging settle for this long before the widget asks the server again. */
const DEBOUNCE_MS = 250;

function parseCart(value: string | null): Cart | null {
  if (!value) return null;
  try {
    const cart = JSON.parse(value) as Cart;
    if (Array.isArray(cart?.lines)) return cart;
  } catch {}
  console.warn("kopilka: the cart attribute is not a JSON cart");
  return null;
}

/** `<kopilka-cart>`: the buyer's discount, balance and points to spend on this cart. */
export class KopilkaCart extends HTMLElement {
  static observedAttributes = ["publishable-key", "shopper-token", "locale", "cart", "api-base"];

  /** Declared, not initialised: a provider the host set before the upgrade survives it. */
  declare tokenProvider: TokenProvider | null | undefined;
  /** Sent with every reserve, so a second reserve replaces the first hold. */
  readonly cartId = createCartId();
  #view: View;
  #client = createClient(this);
  #cart: Cart | null = null;
  #ref = keepRef();
  #quote: Quote | null = null;
  #status: Status = "empty";
  #points = 0;
  #holdId: string | null = null;
  /** Bumped by every change; an answer to an older question is dropped. */
  #request = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #lastChange = "";

  constructor() {
    super();
    this.#view = createView(
      this.attachShadow({ mode: "open" }),
      (value) => this.#choosePoints(value),
      (link) => this.#copy(link),
    );
  }

  connectedCallback(): void {
    this.#schedule();
  }

  disconnectedCallback(): void {
    clearTimeout(this.#timer);
    this.#request++;
  }

  attributeChangedCallback(name: string, _old: string | null, value: string | null): void {
    if (name === "locale") {
      this.#render();
      return;
    }
    if (name === "shopper-token") this.#client.forgetToken();
    if (name === "cart") {
      this.#cart = parseCart(value);
      this.#holdId = null;
    }
    this.#schedule();
  }

  setCart(cart: Cart): void {
    this.#cart = cart;
    this.#holdId = null;
    this.#schedule();
  }

  /** Holds the chosen points for this cart; resolves the hold id for the host's order. */
  async reserve(): Promise<string> {
    const request = this.#request;
    const cart = this.#cart;
    const body = { cart, pointsToSpend: this.#points, cartId: this.cartId };
    let reservation: Reservation;
    try {
      if (!cart?.lines.length) throw new Error("kopilka: the cart is empty");
      reservation = await this.#client.post<Reservation>("reserve", body);
    } catch (error) {
      if (request === this.#request) this.#fail(error);
      throw error;
    }
    const { holdId, pointsHeld, total } = reservation;
    if (request === this.#request) {
      this.#holdId = holdId;
      const subtotal = this.#quote?.totals.subtotal ?? createZeroChange(cart).total;
      this.#emit({ pointsToSpend: pointsHeld, discount: subtotal - total, total, holdId });
    }
    return holdId;
  }

  #schedule(): void {
    clearTimeout(this.#timer);
    this.#request++;
    if (!this.#cart?.lines.length) {
      this.#quote = null;
      this.#status = "empty";
      this.#render();
      if (this.#cart) this.#emit(createZeroChange(this.#cart));
      return;
    }
    if (this.#status !== "ready") this.#status = "loading";
    this.#render();
    // The first quote only waits for the upgrade's burst of attribute callbacks.
    const delay = this.#quote ? DEBOUNCE_MS : 0;
    this.#timer = setTimeout(() => void this.#fetchQuote(), delay);
  }

  async #fetchQuote(): Promise<void> {
    const request = this.#request;
    const cart = this.#cart;
    if (!this.isConnected || !cart) return;
    try {
      const body = { cart, pointsToSpend: this.#points, referralCode: this.#ref ?? undefined };
      const quote = await this.#client.post<Quote>("quote", body);
      if (request !== this.#request) return;
      this.#quote = quote;
      this.#status = "ready";
      this.#points = quote.spend.applied;
      this.#render();
      this.#emit(previewChange(quote, this.#points, this.#holdId));
    } catch (error) {
      if (request === this.#request) this.#fail(error);
    }
  }

  /** Never blocks checkout: a quiet note, and the host charges the cart without Kopilka. */
  #fail(error: unknown): void {
    console.warn(error);
    this.#quote = null;
    this.#status = "unavailable";
    this.#render();
    this.#emit(createZeroChange(this.#cart));
  }

  #choosePoints(value: string): void {
    const quote = this.#quote;
    if (!quote) return;
    const points = clampPoints(value, quote.spend.max);
    renderPoints(this.#view, quote, points, this.#locale());
    if (points === this.#points) return;
    this.#points = points;
    this.#holdId = null;
    this.#emit(previewChange(quote, points, null));
    this.#schedule();
  }

  async #copy(link: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(link);
      this.#view.copy.textContent = MESSAGES[this.#locale()].copied;
    } catch {
      getSelection()?.selectAllChildren(this.#view.inviteLink);
    }
  }

  #locale() {
    return pickLocale(
      this.getAttribute("locale"),
      this.#quote?.locale,
      document.documentElement.lang,
    );
  }

  #render(): void {
    const state = { status: this.#status, quote: this.#quote, points: this.#points };
    renderView(this.#view, { ...state, locale: this.#locale() });
  }

  #emit(detail: ChangeDetail): void {
    const key = JSON.stringify(detail);
    if (key === this.#lastChange) return;
    this.#lastChange = key;
    this.dispatchEvent(
      new CustomEvent("kopilka:change", { detail, bubbles: true, composed: true }),
    );
  }
}
