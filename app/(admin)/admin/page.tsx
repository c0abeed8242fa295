import { getLocale, getTranslations } from "next-intl/server";
import { formatDate } from "@/components/format/date";
import { Card, CardBody } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { isLocale } from "@/server/i18n/locales";
import { currencies } from "@/server/services/accounts/merchant-settings-input";
import { OnboardingChecklist } from "./_components/onboarding-checklist";
import { loadAdmin } from "./_data/load-admin";

export default async function DashboardPage() {
  const { caller, merchant } = await loadAdmin();
  if (!merchant) return null;
  const [t, tStore, tRoles, locale, onboarding] = await Promise.all([
    getTranslations("Dashboard"),
    getTranslations("StoreFields"),
    getTranslations("Roles"),
    getLocale(),
    caller.onboarding.get(),
  ]);
  const currency = currencies.find((code) => code === merchant.currency);
  const facts = [
    [t("store"), merchant.name],
    [
      t("currency"),
      currency ? `${currency} · ${tStore(`currencies.${currency}`)}` : merchant.currency,
    ],
    [t("timezone"), merchant.timezone.replaceAll("_", " ")],
    [
      t("locale"),
      isLocale(merchant.locale) ? tStore(`locales.${merchant.locale}`) : merchant.locale,
    ],
    [t("role"), tRoles(merchant.role)],
    [t("createdAt"), formatDate(merchant.createdAt, locale, merchant.timezone)],
  ] as const;

  return (
    <>
      <PageHeader title={t("title")} />
      <div className="space-y-6">
        {!onboarding.isComplete && <OnboardingChecklist steps={onboarding.steps} />}
        <Card>
          <CardBody>
            <dl className="grid gap-x-6 gap-y-4 sm:grid-cols-2 lg:grid-cols-3">
              {facts.map(([label, value]) => (
                <div key={label} className="space-y-1">
                  <dt className="text-xs font-medium tracking-wide text-slate-500 uppercase">
                    {label}
                  </dt>
                  <dd className="text-sm font-medium text-slate-900">{value}</dd>
                </div>
              ))}
            </dl>
          </CardBody>
        </Card>
        <Notice>{t("pending")}</Notice>
      </div>
    </>
  );
}
