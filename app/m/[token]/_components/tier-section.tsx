import { getTranslations } from "next-intl/server";
import { formatMoney } from "@/components/format/money";
import type { Locale } from "@/server/i18n/locales";
import type { MemberPageData } from "@/server/services/member-page/read-member-page";
import { Panel } from "./panel";

type Tier = NonNullable<MemberPageData["tier"]>;

export async function TierSection({
  tier,
  currency,
  locale,
}: {
  tier: Tier;
  currency: string;
  locale: Locale;
}) {
  const t = await getTranslations({ locale, namespace: "MemberPage.tier" });
  const show = (n: number) =>
    tier.metric === "orders" ? t("orders", { n }) : formatMoney(n, currency, locale);
  const floor = tier.current?.threshold ?? 0;
  const span = tier.next ? tier.next.threshold - floor : 0;
  const progress =
    tier.next && span > 0
      ? Math.min(100, Math.max(0, Math.floor(((tier.value - floor) * 100) / span)))
      : 100;
  return (
    <Panel title={t("title")}>
      <p className="text-lg font-semibold text-slate-900">{tier.current?.name ?? "—"}</p>
      {tier.next ? (
        <>
          <div
            role="progressbar"
            aria-label={t("progressLabel", { next: tier.next.name })}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={progress}
            className="mt-3 h-2 overflow-hidden rounded-full bg-slate-100"
          >
            <div className="h-full bg-brand-600" style={{ width: `${progress}%` }} />
          </div>
          <p className="mt-2 text-sm text-slate-700">
            {t("toNext", { remaining: show(tier.remaining), next: tier.next.name })}
          </p>
        </>
      ) : (
        <p className="mt-1 text-sm text-slate-700">{t("top")}</p>
      )}
    </Panel>
  );
}
