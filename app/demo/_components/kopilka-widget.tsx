"use client";
import { type RefObject, useEffect, useRef } from "react";

export type WidgetCart = {
  currency: string;
  lines: {
    sku: string;
    name: string;
    category: string;
    unitPrice: number;
    quantity: number;
    isOnSale?: boolean;
  }[];
};
export type WidgetChange = {
  pointsToSpend: number;
  discount: number;
  total: number;
  holdId: string | null;
};
type KopilkaCartElement = HTMLElement & {
  reserve(): Promise<string>;
  tokenProvider?: () => Promise<string>;
};
export type WidgetHandle = { reserve(): Promise<string> };

/**
 * `<kopilka-cart>` as any store embeds it (docs/widget.md): attributes for the key, token, locale
 * and cart, `kopilka:change` for what to charge, `reserve()` on "Place order".
 */
export function KopilkaWidget({
  publishableKey,
  shopperToken,
  locale,
  cart,
  onChange,
  refreshToken,
  handle,
}: {
  publishableKey: string;
  shopperToken: string | null;
  locale: string;
  cart: WidgetCart;
  onChange: (change: WidgetChange) => void;
  refreshToken: () => Promise<string>;
  handle: RefObject<WidgetHandle | null>;
}) {
  const host = useRef<HTMLDivElement>(null);
  const element = useRef<KopilkaCartElement | null>(null);
  const latest = useRef({ onChange, refreshToken });
  latest.current = { onChange, refreshToken };

  useEffect(() => {
    const widget = document.createElement("kopilka-cart") as KopilkaCartElement;
    widget.setAttribute("publishable-key", publishableKey);
    widget.tokenProvider = () => latest.current.refreshToken();
    const listen = (event: Event) => latest.current.onChange((event as CustomEvent).detail);
    widget.addEventListener("kopilka:change", listen);
    element.current = widget;
    handle.current = {
      reserve: async () => {
        await customElements.whenDefined("kopilka-cart");
        return widget.reserve();
      },
    };
    host.current?.append(widget);
    return () => {
      widget.removeEventListener("kopilka:change", listen);
      widget.remove();
      element.current = null;
      handle.current = null;
    };
  }, [publishableKey, handle]);

  useEffect(() => {
    if (shopperToken) element.current?.setAttribute("shopper-token", shopperToken);
    else element.current?.removeAttribute("shopper-token");
  }, [shopperToken]);

  useEffect(() => {
    element.current?.setAttribute("locale", locale);
  }, [locale]);

  const cartJson = JSON.stringify(cart);
  useEffect(() => {
    element.current?.setAttribute("cart", cartJson);
  }, [cartJson]);

  return <div ref={host} />;
}
