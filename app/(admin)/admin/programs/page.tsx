import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDate } from "@/components/format/date";
import { buttonClass } from "@/components/ui/button";
import { Card, CardBody } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { TextLink } from "@/components/ui/text-link";
import { canWrite } from "@/server/auth/roles";
import { loadAdmin } from "../_data/load-admin";
import { StatusBadge } from "./_components/status-badge";

export default async function ProgramsPage() {
  const { caller, merchant } = await loadAdmin();
  if (!merchant) return null;
  const [t, tTypes, locale, programs] = await Promise.all([
    getTranslations("Programs"),
    getTranslations("ProgramTypes"),
    getLocale(),
    caller.programs.list(),
  ]);
  const canEdit = canWrite(merchant.role);
  return (
    <>
      <div className="flex items-start justify-between gap-4">
        <PageHeader title={t("title")} description={t("description")} />
        {canEdit && (
          <Link href="/admin/programs/new" className={buttonClass()}>
            + {t("new")}
          </Link>
        )}
      </div>
      {programs.length === 0 ? (
        <Card>
          <CardBody className="space-y-3">
            <p className="font-medium text-slate-900">{t("empty")}</p>
            <p className="max-w-prose text-sm text-slate-600">
              {canEdit ? t("emptyHint") : t("emptyReadOnly")}
            </p>
          </CardBody>
        </Card>
      ) : (
        <Card className="overflow-x-auto">
          <table className="w-full text-sm">
            <caption className="sr-only">{t("title")}</caption>
            <thead>
              <tr className="border-b border-slate-200 text-left text-xs tracking-wide text-slate-500 uppercase">
                <th scope="col" className="px-6 py-3 font-medium">
                  {t("columns.name")}
                </th>
                <th scope="col" className="px-3 py-3 font-medium">
                  {t("columns.type")}
                </th>
                <th scope="col" className="px-3 py-3 font-medium">
                  {t("columns.status")}
                </th>
                <th scope="col" className="px-3 py-3 font-medium">
                  {t("columns.version")}
                </th>
                <th scope="col" className="px-6 py-3 font-medium">
                  {t("columns.published")}
                </th>
              </tr>
            </thead>
            <tbody>
              {programs.map((p) => (
                <tr key={p.id} className="border-b border-slate-100 last:border-0">
                  <td className="px-6 py-3">
                    <TextLink href={`/admin/programs/${p.id}`}>{p.name}</TextLink>
                  </td>
                  <td className="px-3 py-3 text-slate-700">{tTypes(`${p.type}.name`)}</td>
                  <td className="px-3 py-3">
                    <div className="flex flex-wrap items-center gap-1.5">
                      <StatusBadge status={p.status} />
                      {p.draftVersion !== null && p.liveVersion !== null && (
                        <span className="text-xs text-slate-500">{t("draftPending")}</span>
                      )}
                    </div>
                  </td>
                  <td className="px-3 py-3 tabular-nums text-slate-700">
                    {p.liveVersion === null ? "—" : t("versionN", { n: p.liveVersion })}
                  </td>
                  <td className="px-6 py-3 text-slate-700">
                    {p.publishedAt
                      ? formatDate(p.publishedAt, locale, merchant.timezone)
                      : t("never")}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      )}
    </>
  );
}
