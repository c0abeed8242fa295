"use client";
import { useParams, useRouter } from "next/navigation";
import { useState } from "react";
import { useDemoShop } from "../../_components/demo-shell";
import { formatRub } from "../../_components/money";
import { useDemoOrder } from "../../_components/use-demo-order";

/** The shop's payment step: one "Pay" button standing in for a payment provider. */
export default function DemoCheckoutPage() {
  const { orderId } = useParams<{ orderId: string }>();
  const { t, locale } = useDemoShop();
  const router = useRouter();
  const loaded = useDemoOrder(orderId);
  const [isPaying, setIsPaying] = useState(false);
  const [failed, setFailed] = useState(false);

  if (loaded === null) return null;
  if (loaded === "missing") return <p role="alert">{t.notFound}</p>;
  const { order } = loaded;

  async function pay() {
    setIsPaying(true);
    const response = await fetch(`/demo/api/orders/${order.id}/pay`, { method: "POST" }).catch(
      () => null,
    );
    if (!response?.ok) {
      setIsPaying(false);
      setFailed(true);
      return;
    }
    router.push(`/demo/thanks/${order.id}`);
  }

  return (
    <section className="max-w-lg">
      <h1 className="mb-4 text-2xl font-semibold">{t.checkoutTitle(order.id)}</h1>
      <ul className="mb-4 divide-y divide-amber-100 rounded-lg border border-amber-200 bg-white">
        {order.lines.map((line) => (
          <li key={line.sku} className="flex justify-between gap-3 p-3">
            <span>
              {line.name} × {line.quantity}
            </span>
            <span>{formatRub(line.unitPrice * line.quantity, locale)}</span>
          </li>
        ))}
      </ul>
      <dl className="mb-4 grid grid-cols-[1fr_auto] gap-1">
        <dt>{t.subtotal}</dt>
        <dd>{formatRub(order.subtotal, locale)}</dd>
        <dt>{t.loyaltyDiscount}</dt>
        <dd data-testid="order-discount">−{formatRub(order.discount, locale)}</dd>
        <dt>{t.pointsSpent}</dt>
        <dd data-testid="order-points-spent">{order.pointsSpent}</dd>
        <dt className="font-semibold">{t.toPay}</dt>
        <dd data-testid="order-total" className="font-semibold">
          {formatRub(order.total, locale)}
        </dd>
      </dl>
      {order.loyaltyNote && (
        <p className="mb-4 text-sm text-slate-600">
          {order.loyaltyNote === "cartChanged" ? t.cartChanged : t.loyaltyUnavailable}
        </p>
      )}
      <button
        type="button"
        disabled={isPaying}
        onClick={() => void pay()}
        className="rounded-md bg-emerald-700 px-4 py-2 font-medium text-white hover:bg-emerald-800 disabled:opacity-60"
      >
        {isPaying ? t.paying : t.pay(formatRub(order.total, locale))}
      </button>
      {failed && (
        <p role="alert" className="mt-2 text-sm text-red-700">
          {t.failed}
        </p>
      )}
    </section>
  );
}
