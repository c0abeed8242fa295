import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDate } from "@/components/format/date";
import { buttonClass } from "@/components/ui/button";
import { Card, CardBody } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { isLocale } from "@/server/i18n/locales";
import { currencies } from "@/server/services/accounts/merchant-settings-input";
import { loadAdmin } from "./_data/load-admin";

export default async function DashboardPage() {
  const { merchant } = await loadAdmin();
  if (!merchant) return null;
  const [t, tStore, tRoles, locale] = await Promise.all([
    getTranslations("Dashboard"),
    getTranslations("StoreFields"),
    getTranslations("Roles"),
    getLocale(),
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
        <Notice tone="info" className="space-y-3 px-4 py-4">
          <p>{t("pending")}</p>
          <p>{t("nextStep")}</p>
          <Link
            href="/admin/settings"
            className={buttonClass({ variant: "secondary", size: "sm" })}
          >
            {t("openSettings")}
          </Link>
        </Notice>
      </div>
    </>
  );
}
