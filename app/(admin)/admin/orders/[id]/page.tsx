import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { formatMoney } from "@/components/format/money";
import { actionReason, ledgerReasonKeys } from "@/components/members/ledger-reasons";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { TextLink } from "@/components/ui/text-link";
import { loadAdmin } from "../../_data/load-admin";

export default async function OrderPage({ params }: { params: Promise<{ id: string }> }) {
  const { caller, merchant } = await loadAdmin();
  if (!merchant) return null;
  const { id } = await params;
  const data = await caller.orders.get({ orderId: id }).catch((error: unknown) => {
    if (error instanceof TRPCError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const [t, tStatus, tKinds, locale] = await Promise.all([
    getTranslations("Order"),
    getTranslations("Orders.status"),
    getTranslations("LedgerKinds"),
    getLocale(),
  ]);
  const [tReasons, tActions] = await Promise.all([
    getTranslations("LedgerReasons"),
    getTranslations("Designer.actions"),
  ]);
  const reasonText = (reason: string) => {
    const key = ledgerReasonKeys[reason];
    if (key) return tReasons(key);
    const action = actionReason.exec(reason)?.[1] as "signUp" | undefined;
    return action ? tReasons("action", { action: tActions(action) }) : reason;
  };
  const { order, quote, snapshot } = data;
  const money = (n: number) => formatMoney(n, quote.currency || merchant.currency, locale);
  const when = (d: Date) =>
    new Intl.DateTimeFormat(locale, {
      dateStyle: "medium",
      timeStyle: "short",
      timeZone: merchant.timezone,
    }).format(d);
  const timeline: { label: string; at: Date }[] = [
    { label: t("timeline.quoted"), at: order.quotedAt },
    ...(order.cartId ? [{ label: t("timeline.reserved"), at: order.createdAt }] : []),
    ...(order.placedAt ? [{ label: t("timeline.placed"), at: order.placedAt }] : []),
    ...(order.paidAt ? [{ label: t("timeline.paid"), at: order.paidAt }] : []),
    ...data.refunds.map((r) => ({
      label: t("timeline.refund", { amount: money(r.amount) }),
      at: r.createdAt,
    })),
    ...(order.closedAt && (order.status === "cancelled" || order.status === "refunded")
      ? [
          {
            label: order.status === "cancelled" ? t("timeline.cancelled") : t("timeline.refunded"),
            at: order.closedAt,
          },
        ]
      : []),
  ];
  const totals: [string, string][] = [
    [t("subtotal"), money(order.subtotal)],
    [t("discount"), money(order.discount)],
    [t("pointsValue"), money(quote.totals.pointsValue)],
    [t("total"), money(order.total)],
    [t("redeemed"), String(order.redeemedPoints)],
    [t("earned"), String(order.earnedPoints)],
    [t("refunded"), money(order.refundedAmount)],
  ];
  return (
    <>
      <p className="mb-2 text-sm">
        <TextLink href="/admin/orders">← {t("back")}</TextLink>
      </p>
      <PageHeader
        title={t("title", { id: order.externalId ?? order.id.slice(0, 8) })}
        description={
          <span>
            {tStatus(order.status)} ·{" "}
            <TextLink href={`/admin/members/${data.member.id}`}>
              {data.member.name || data.member.externalId}
            </TextLink>
          </span>
        }
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <Card>
          <CardHeader title={t("timeline.title")} />
          <CardBody>
            <ol className="space-y-3 border-l border-slate-200 pl-4 text-sm">
              {timeline.map((step) => (
                <li key={`${step.label}-${step.at.getTime()}`}>
                  <p className="font-medium text-slate-900">{step.label}</p>
                  <p className="text-slate-500">{when(step.at)}</p>
                </li>
              ))}
            </ol>
          </CardBody>
        </Card>
        <Card>
          <CardHeader title={t("totalsTitle")} />
          <CardBody>
            <dl className="space-y-2 text-sm">
              {totals.map(([label, value]) => (
                <div key={label} className="flex justify-between gap-4">
                  <dt className="text-slate-500">{label}</dt>
                  <dd className="font-medium tabular-nums">{value}</dd>
                </div>
              ))}
            </dl>
          </CardBody>
        </Card>
        <Card>
          <CardHeader title={t("versions")} description={t("versionsHint")} />
          <CardBody>
            {data.versions.length === 0 ? (
              <p className="text-sm text-slate-500">{t("noVersions")}</p>
            ) : (
              <ul className="space-y-1 text-sm">
                {data.versions.map((v) => (
                  <li key={v.id}>
                    <TextLink href={`/admin/programs/${v.programId}`}>{v.programName}</TextLink> ·{" "}
                    {t("versionN", { n: v.version })}
                  </li>
                ))}
              </ul>
            )}
          </CardBody>
        </Card>
      </div>
      <Card className="mt-6 overflow-x-auto">
        <CardHeader title={t("lines")} />
        <table className="w-full text-sm">
          <caption className="sr-only">{t("lines")}</caption>
          <thead>
            <tr className="border-b border-slate-200 text-left text-xs text-slate-500">
              <th scope="col" className="px-6 py-2 font-medium">
                {t("sku")}
              </th>
              <th scope="col" className="px-3 py-2 text-right font-medium">
                {t("qty")}
              </th>
              <th scope="col" className="px-3 py-2 text-right font-medium">
                {t("gross")}
              </th>
              <th scope="col" className="px-3 py-2 text-right font-medium">
                {t("lineDiscount")}
              </th>
              <th scope="col" className="px-3 py-2 text-right font-medium">
                {t("pointsSpent")}
              </th>
              <th scope="col" className="px-3 py-2 text-right font-medium">
                {t("paid")}
              </th>
              <th scope="col" className="px-3 py-2 text-right font-medium">
                {t("pointsEarned")}
              </th>
              <th scope="col" className="px-6 py-2 text-right font-medium">
                {t("lineRefunded")}
              </th>
            </tr>
          </thead>
          <tbody>
            {quote.lines.map((line, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: lines keep the order's own order
              <tr key={i} className="border-b border-slate-100 last:border-0">
                <td className="px-6 py-2">
                  {line.sku}
                  {data.lines[i]?.category && (
                    <span className="ml-1 text-xs text-slate-500">· {data.lines[i]?.category}</span>
                  )}
                </td>
                <td className="px-3 py-2 text-right tabular-nums">{line.quantity}</td>
                <td className="px-3 py-2 text-right tabular-nums">{money(line.gross)}</td>
                <td className="px-3 py-2 text-right tabular-nums">
                  {money(line.discount + line.orderDiscount)}
                </td>
                <td className="px-3 py-2 text-right tabular-nums">{line.pointsSpent}</td>
                <td className="px-3 py-2 text-right tabular-nums">{money(line.paid)}</td>
                <td className="px-3 py-2 text-right tabular-nums">{line.pointsEarned}</td>
                <td className="px-6 py-2 text-right tabular-nums">
                  {money(refundedMoney(snapshot?.lines[i]))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
      <Card className="mt-6 overflow-x-auto">
        <CardHeader title={t("ledger")} description={t("ledgerHint")} />
        {data.ledger.length === 0 ? (
          <CardBody>
            <p className="text-sm text-slate-500">{t("noLedger")}</p>
          </CardBody>
        ) : (
          <table className="w-full text-sm">
            <caption className="sr-only">{t("ledger")}</caption>
            <tbody>
              {data.ledger.map((e) => (
                <tr key={e.id} className="border-b border-slate-100 last:border-0">
                  <td className="px-6 py-2 whitespace-nowrap">{when(e.createdAt)}</td>
                  <td className="px-3 py-2">{tKinds(e.kind)}</td>
                  <td className="px-3 py-2 text-right tabular-nums">
                    {e.amount > 0 ? `+${e.amount}` : e.amount}
                  </td>
                  <td className="px-6 py-2">{reasonText(e.reason)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
    </>
  );
}

/** The snapshot keeps refund progress as money × quantity; this is the money refunded. */
function refundedMoney(
  line: { quantity: number; paid: number; refunded: number } | undefined,
): number {
  return line && line.paid > 0 ? Math.floor(line.refunded / line.quantity) : 0;
}
