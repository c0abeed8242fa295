import { getTranslations } from "next-intl/server";
import { formatMoney } from "@/components/format/money";
import { translateLedgerReason } from "@/components/members/ledger-reasons";
import type { Locale } from "@/server/i18n/locales";
import type { MemberPageData } from "@/server/services/member-page/read-member-page";
import { Panel } from "./panel";

/** The latest changes with their reasons, in the reader's language as the admin shows them. */
export async function HistorySection({ page, locale }: { page: MemberPageData; locale: Locale }) {
  const [t, tKinds, tReasons, tActions] = await Promise.all([
    getTranslations({ locale, namespace: "MemberPage.history" }),
    getTranslations({ locale, namespace: "LedgerKinds" }),
    getTranslations({ locale, namespace: "LedgerReasons" }),
    getTranslations({ locale, namespace: "Designer.actions" }),
  ]);
  const when = new Intl.DateTimeFormat(locale, {
    dateStyle: "medium",
    timeZone: page.store.timezone,
  });
  const number = new Intl.NumberFormat(locale, { signDisplay: "exceptZero" });
  return (
    <Panel title={t("title")}>
      {page.history.length === 0 ? (
        <p className="text-sm text-slate-600">{t("empty")}</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {page.history.map((entry) => (
            <li key={entry.id} className="flex items-start justify-between gap-3 py-2 text-sm">
              <div>
                <p className="text-slate-900">
                  {translateLedgerReason(entry.reason, {
                    reasons: (key, values) =>
                      tReasons(key as "action", values as { action: string }),
                    actions: (key) => tActions(key as "signUp"),
                  })}
                </p>
                <p className="text-xs text-slate-500">
                  {when.format(entry.at)} · {tKinds(entry.kind)}
                </p>
              </div>
              <span
                className={`font-medium tabular-nums ${entry.amount < 0 ? "text-red-700" : "text-emerald-700"}`}
              >
                {entry.kind === "cashback"
                  ? formatMoney(entry.amount, page.store.currency, locale)
                  : number.format(entry.amount)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}
