"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import Script from "next/script";
import { useRef, useState } from "react";
import { demoCatalog } from "@/db/seed/demo-catalog";
import { useDemoShop } from "../_components/demo-shell";
import {
  KopilkaWidget,
  type WidgetCart,
  type WidgetChange,
  type WidgetHandle,
} from "../_components/kopilka-widget";
import { formatRub } from "../_components/money";

/** The cart: lines, the Kopilka widget, and "Place order" (reserve, then the shop's backend). */
export default function DemoCartPage() {
  const { t, locale, items, setQuantity, clearCart, session, refreshToken } = useDemoShop();
  const router = useRouter();
  const widget = useRef<WidgetHandle | null>(null);
  const [change, setChange] = useState<WidgetChange | null>(null);
  const [isPlacing, setIsPlacing] = useState(false);
  const [failed, setFailed] = useState(false);

  const lines = items.flatMap(({ sku, quantity }) => {
    const product = demoCatalog.find((p) => p.sku === sku);
    return product ? [{ product, quantity }] : [];
  });
  const subtotal = lines.reduce((sum, l) => sum + l.product.price * l.quantity, 0);
  const cart: WidgetCart = {
    currency: "RUB",
    lines: lines.map(({ product, quantity }) => ({
      sku: product.sku,
      name: product.name,
      category: product.category,
      unitPrice: product.price,
      quantity,
      ...(product.isOnSale ? { isOnSale: true } : {}),
    })),
  };
  const discount = change?.discount ?? 0;
  const total = change ? change.total : subtotal;

  async function placeOrder() {
    setIsPlacing(true);
    setFailed(false);
    // The widget never blocks checkout: without a hold the order goes through at full price.
    const holdId = session?.buyer ? await widget.current?.reserve().catch(() => null) : null;
    const response = await fetch("/demo/api/orders", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ items, holdId: holdId ?? null }),
    }).catch(() => null);
    if (!response?.ok) {
      setIsPlacing(false);
      setFailed(true);
      return;
    }
    const order = (await response.json()) as { id: string };
    clearCart();
    router.push(`/demo/checkout/${order.id}`);
  }

  if (lines.length === 0) {
    return (
      <section>
        <h1 className="mb-4 text-2xl font-semibold">{t.cart}</h1>
        <p>{t.emptyCart}</p>
        <Link href="/demo" className="mt-2 inline-block text-amber-900 underline">
          {t.toCatalog}
        </Link>
      </section>
    );
  }

  return (
    <section className="grid gap-6 lg:grid-cols-[1fr_22rem]">
      <Script src="/widget.js" strategy="afterInteractive" />
      <div>
        <h1 className="mb-4 text-2xl font-semibold">{t.cart}</h1>
        <ul className="divide-y divide-amber-100 rounded-lg border border-amber-200 bg-white">
          {lines.map(({ product, quantity }) => (
            <li key={product.sku} className="flex flex-wrap items-center gap-3 p-3">
              <span className="flex-1">{product.name}</span>
              <input
                type="number"
                min={1}
                max={99}
                value={quantity}
                aria-label={t.quantity(product.name)}
                className="w-16 rounded-md border border-slate-300 px-2 py-1"
                onChange={(event) => {
                  const next = Number.parseInt(event.target.value, 10);
                  if (next >= 1 && next <= 99) setQuantity(product.sku, next);
                }}
              />
              <span className="w-28 text-right">{formatRub(product.price * quantity, locale)}</span>
              <button
                type="button"
                className="text-sm text-slate-500 hover:text-red-700"
                onClick={() => setQuantity(product.sku, 0)}
              >
                {t.remove}
              </button>
            </li>
          ))}
        </ul>
      </div>
      <aside className="flex flex-col gap-4">
        {session && (
          <KopilkaWidget
            publishableKey={session.publishableKey}
            shopperToken={session.shopperToken}
            locale={locale}
            cart={cart}
            onChange={setChange}
            refreshToken={refreshToken}
            handle={widget}
          />
        )}
        <dl
          aria-label={t.toPay}
          className="grid grid-cols-[1fr_auto] gap-1 rounded-lg border border-amber-200 bg-white p-4"
        >
          <dt>{t.subtotal}</dt>
          <dd data-testid="shop-subtotal">{formatRub(subtotal, locale)}</dd>
          <dt>{t.loyaltyDiscount}</dt>
          <dd data-testid="shop-discount">−{formatRub(discount, locale)}</dd>
          <dt className="font-semibold">{t.toPay}</dt>
          <dd data-testid="shop-total" className="font-semibold">
            {formatRub(total, locale)}
          </dd>
        </dl>
        <button
          type="button"
          disabled={isPlacing}
          onClick={() => void placeOrder()}
          className="rounded-md bg-amber-800 px-4 py-2 font-medium text-white hover:bg-amber-900 disabled:opacity-60"
        >
          {isPlacing ? t.placing : t.placeOrder}
        </button>
        {failed && (
          <p role="alert" className="text-sm text-red-700">
            {t.failed}
          </p>
        )}
      </aside>
    </section>
  );
}
