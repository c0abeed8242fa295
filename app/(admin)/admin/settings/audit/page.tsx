import { getLocale, getTranslations } from "next-intl/server";
import { withParams } from "@/components/navigation/with-params";
import { Card, CardBody } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { TextLink } from "@/components/ui/text-link";
import { loadAdmin } from "../../_data/load-admin";
import { ChangeView } from "./_components/change-view";

export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<{ page?: string; action?: string }>;
}) {
  const { caller, merchant } = await loadAdmin();
  if (!merchant) return null;
  const params = await searchParams;
  const [t, locale, log] = await Promise.all([
    getTranslations("Audit"),
    getLocale(),
    caller.audit.list({ page: params.page, action: params.action }),
  ]);
  const when = (d: Date) =>
    new Intl.DateTimeFormat(locale, {
      dateStyle: "medium",
      timeStyle: "short",
      timeZone: merchant.timezone,
    }).format(d);
  return (
    <>
      <p className="mb-2 text-sm">
        <TextLink href="/admin/settings">← {t("back")}</TextLink>
      </p>
      <PageHeader title={t("title")} description={t("description")} />
      {log.total === 0 ? (
        <Card>
          <CardBody>
            <p className="text-sm text-slate-600">{t("empty")}</p>
          </CardBody>
        </Card>
      ) : (
        <>
          <Card className="overflow-x-auto">
            <table className="w-full text-sm">
              <caption className="sr-only">{t("title")}</caption>
              <thead>
                <tr className="border-b border-slate-200 text-left text-xs text-slate-500">
                  <th scope="col" className="px-6 py-3 font-medium">
                    {t("when")}
                  </th>
                  <th scope="col" className="px-3 py-3 font-medium">
                    {t("who")}
                  </th>
                  <th scope="col" className="px-3 py-3 font-medium">
                    {t("what")}
                  </th>
                  <th scope="col" className="px-6 py-3 font-medium">
                    {t("change")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {log.rows.map((row) => (
                  <tr key={row.id} className="border-b border-slate-100 align-top last:border-0">
                    <td className="px-6 py-2 whitespace-nowrap">{when(row.createdAt)}</td>
                    <td className="px-3 py-2">{row.actorLabel}</td>
                    <td className="px-3 py-2">
                      <ActionLabel action={row.action} />
                      {row.entityId && <EntityLink entity={row.entity} id={row.entityId} />}
                    </td>
                    <td className="px-6 py-2">
                      <ChangeView before={row.before} after={row.after} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Card>
          <Pagination
            page={log.page}
            pageSize={log.pageSize}
            total={log.total}
            hrefFor={(page) =>
              `/admin/settings/audit${withParams({ action: params.action }, { page })}`
            }
          />
        </>
      )}
    </>
  );
}

async function ActionLabel({ action }: { action: string }) {
  const t = await getTranslations("Audit.actions");
  return (
    <span className="font-medium">
      {t.has(action as "program.created") ? t(action as "program.created") : action}
    </span>
  );
}

async function EntityLink({ entity, id }: { entity: string; id: string }) {
  const t = await getTranslations("Audit");
  const href =
    entity === "program"
      ? `/admin/programs/${id}`
      : entity === "member"
        ? `/admin/members/${id}`
        : null;
  return href ? (
    <div>
      <TextLink href={href} className="text-xs">
        {t("open")}
      </TextLink>
    </div>
  ) : null;
}
