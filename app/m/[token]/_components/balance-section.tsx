import { getTranslations } from "next-intl/server";
import { formatMoney } from "@/components/format/money";
import type { Locale } from "@/server/i18n/locales";
import type { MemberPageData } from "@/server/services/member-page/read-member-page";
import { Panel } from "./panel";

export async function BalanceSection({ page, locale }: { page: MemberPageData; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "MemberPage.balance" });
  const { balance, store, expiring } = page;
  const number = (n: number) => new Intl.NumberFormat(locale).format(n);
  const money = (n: number) => formatMoney(n, store.currency, locale);
  const date = (d: Date) =>
    new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: store.timezone }).format(d);
  return (
    <Panel title={t("title")}>
      <p className="text-3xl font-semibold tabular-nums text-slate-900">
        {t("points", { n: balance.available })}
      </p>
      <dl className="mt-3 space-y-1 text-sm">
        {balance.spendable !== balance.available && (
          <Row term={t("spendable")} value={number(balance.spendable)} />
        )}
        {balance.pending > 0 && <Row term={t("pending")} value={number(balance.pending)} />}
        {balance.cashback > 0 && <Row term={t("cashback")} value={money(balance.cashback)} />}
      </dl>
      {balance.pending > 0 && <p className="mt-2 text-xs text-slate-500">{t("pendingHint")}</p>}
      <h3 className="mt-4 text-sm font-semibold text-slate-900">{t("expiringTitle")}</h3>
      {expiring.length === 0 ? (
        <p className="mt-1 text-sm text-slate-600">{t("noneExpiring")}</p>
      ) : (
        <ul className="mt-1 space-y-1 text-sm">
          {expiring.map((lot) => (
            <li
              key={`${lot.wallet}-${lot.expiresAt?.toISOString()}-${lot.remaining}`}
              className="flex justify-between gap-4"
            >
              <span>
                {lot.wallet === "cashback"
                  ? money(lot.remaining)
                  : t("points", { n: lot.remaining })}
              </span>
              <span className="text-slate-600">
                {lot.expiresAt && t("expiresOn", { date: date(lot.expiresAt) })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}

function Row({ term, value }: { term: string; value: string }) {
  return (
    <div className="flex justify-between gap-4">
      <dt className="text-slate-600">{term}</dt>
      <dd className="font-medium tabular-nums text-slate-900">{value}</dd>
    </div>
  );
}
