import { getTranslations } from "next-intl/server";
import { formatMoney } from "@/components/format/money";
import { TierProgressBar } from "@/components/members/tier-progress-bar";
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
  return (
    <Panel title={t("title")}>
      <p className="text-lg font-semibold text-slate-900">{tier.current?.name ?? "—"}</p>
      {tier.next ? (
        <>
          <TierProgressBar
            tier={{ ...tier, next: tier.next }}
            label={t("progressLabel", { next: tier.next.name })}
            className="mt-3"
          />
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
