"use client";
import Link from "next/link";
import { useParams } from "next/navigation";
import { useDemoShop } from "../../_components/demo-shell";
import { formatRub } from "../../_components/money";
import { useDemoOrder } from "../../_components/use-demo-order";

/** After payment: what the order earned and the buyer's balance, both as Kopilka reports them. */
export default function DemoThanksPage() {
  const { orderId } = useParams<{ orderId: string }>();
  const { t, locale } = useDemoShop();
  const loaded = useDemoOrder(orderId);

  if (loaded === null) return null;
  if (loaded === "missing") return <p role="alert">{t.notFound}</p>;
  const { order, member } = loaded;

  return (
    <section className="max-w-lg">
      <h1 className="mb-2 text-2xl font-semibold">{t.thanksTitle}</h1>
      <p className="mb-4">
        {t.orderPaid(order.id)} {t.toPay}: {formatRub(order.total, locale)}
      </p>
      {order.buyerId ? (
        <dl className="mb-4 grid grid-cols-[1fr_auto] gap-1 rounded-lg border border-amber-200 bg-white p-4">
          {order.pointsSpent > 0 && (
            <>
              <dt>{t.pointsSpent}</dt>
              <dd data-testid="thanks-spent">{order.pointsSpent}</dd>
            </>
          )}
          {order.earnedPoints !== null && (
            <>
              <dt>{t.earned}</dt>
              <dd data-testid="thanks-earned">{order.earnedPoints}</dd>
            </>
          )}
          {member && (
            <>
              <dt>{t.balance}</dt>
              <dd data-testid="thanks-balance">
                {member.available} {t.available}, {member.pending} {t.pending}
              </dd>
            </>
          )}
        </dl>
      ) : (
        <p className="mb-4">{t.guestThanks}</p>
      )}
      {order.earnedPoints !== null && order.earnedPoints > 0 && (
        <p className="mb-4 text-sm text-slate-600">{t.earnedNote}</p>
      )}
      {order.loyaltyNote && (
        <p className="mb-4 text-sm text-slate-600">
          {order.loyaltyNote === "cartChanged" ? t.cartChanged : t.loyaltyUnavailable}
        </p>
      )}
      <Link href="/demo" className="text-amber-900 underline">
        {t.continueShopping}
      </Link>
    </section>
  );
}
