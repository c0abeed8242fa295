import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { TextLink } from "@/components/ui/text-link";
import { canWrite } from "@/server/auth/roles";
import { loadAdmin } from "../_data/load-admin";
import { MessagingSettingsForm } from "./_components/messaging-settings-form";
import { OutboxSection } from "./_components/outbox-section";

export default async function CampaignsPage() {
  const { caller, merchant } = await loadAdmin();
  if (!merchant) return null;
  const [t, locale, campaigns, settings] = await Promise.all([
    getTranslations("Campaigns"),
    getLocale(),
    caller.campaigns.list(),
    caller.campaigns.settings.get(),
  ]);
  const canEdit = canWrite(merchant.role);
  return (
    <>
      <div className="mb-6 flex flex-wrap items-start justify-between gap-4">
        <PageHeader title={t("title")} description={t("description")} />
        {canEdit && (
          <Link href="/admin/campaigns/new" className={buttonClass()}>
            {t("new")}
          </Link>
        )}
      </div>
      <div className="space-y-6">
        {!canEdit && <Notice>{t("readOnly")}</Notice>}
        <Card>
          <CardHeader title={t("listTitle")} />
          {campaigns.length === 0 ? (
            <CardBody>
              <p className="text-sm text-slate-500">{t("empty")}</p>
            </CardBody>
          ) : (
            <div className="overflow-x-auto">
              <table className="w-full text-sm">
                <caption className="sr-only">{t("listTitle")}</caption>
                <thead>
                  <tr className="border-b border-slate-200 text-left text-xs tracking-wide text-slate-500 uppercase">
                    <th scope="col" className="px-4 py-3 font-medium">
                      {t("columns.name")}
                    </th>
                    <th scope="col" className="px-4 py-3 font-medium">
                      {t("columns.trigger")}
                    </th>
                    <th scope="col" className="px-4 py-3 font-medium">
                      {t("columns.channel")}
                    </th>
                    <th scope="col" className="px-4 py-3 font-medium">
                      {t("columns.status")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {campaigns.map((c) => (
                    <tr key={c.id} className="border-b border-slate-100">
                      <td className="px-4 py-2">
                        <TextLink href={`/admin/campaigns/${c.id}`}>{c.name}</TextLink>
                        {c.isTransactional && <Badge className="ml-2">{t("transactional")}</Badge>}
                      </td>
                      <td className="px-4 py-2">{t(`form.triggers.${c.trigger}`)}</td>
                      <td className="px-4 py-2">{t(`form.channels.${c.channel}`)}</td>
                      <td className="px-4 py-2">
                        {c.trigger === "manual" ? "—" : t(`statuses.${c.status}`)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </Card>
        <MessagingSettingsForm canEdit={canEdit} initial={settings} />
        <OutboxSection timezone={merchant.timezone} locale={locale} />
      </div>
    </>
  );
}
