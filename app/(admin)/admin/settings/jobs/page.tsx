import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { TextLink } from "@/components/ui/text-link";
import type { JobState } from "@/server/services/jobs/list-job-health";
import { loadAdmin } from "../../_data/load-admin";
import { JobName } from "./_components/job-name";
import { SystemNotice } from "./_components/system-notice";

const stateTones: Record<JobState, string> = {
  off: "bg-slate-100 text-slate-500",
  running: "bg-brand-50 text-brand-700",
  waiting: "bg-sky-50 text-sky-700",
  retrying: "bg-amber-50 text-amber-800",
  idle: "bg-emerald-50 text-emerald-700",
};

export default async function JobsPage() {
  const { caller, merchant } = await loadAdmin();
  if (!merchant) return null;
  const [t, locale, health] = await Promise.all([
    getTranslations("Jobs"),
    getLocale(),
    caller.jobs.health(),
  ]);
  const when = (d: Date) =>
    new Intl.DateTimeFormat(locale, {
      dateStyle: "medium",
      timeStyle: "medium",
      timeZone: merchant.timezone,
    }).format(d);
  const failing = health.jobs.filter((job) => job.failures.length > 0);
  return (
    <>
      <p className="mb-2 text-sm">
        <TextLink href="/admin/settings">← {t("back")}</TextLink>
      </p>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="space-y-6">
        <SystemNotice status={health.system} />
        <Card className="overflow-x-auto">
          <table className="w-full text-sm">
            <caption className="sr-only">{t("title")}</caption>
            <thead>
              <tr className="border-b border-slate-200 text-left text-xs text-slate-500">
                <th scope="col" className="px-6 py-3 font-medium">
                  {t("job")}
                </th>
                <th scope="col" className="px-3 py-3 font-medium">
                  {t("state")}
                </th>
                <th scope="col" className="px-3 py-3 font-medium">
                  {t("lastRun")}
                </th>
                <th scope="col" className="px-3 py-3 font-medium">
                  {t("nextRun")}
                </th>
                <th scope="col" className="px-6 py-3 font-medium">
                  {t("every")}
                </th>
              </tr>
            </thead>
            <tbody>
              {health.jobs.map((job) => (
                <tr key={job.name} className="border-b border-slate-100 align-top last:border-0">
                  <th scope="row" className="px-6 py-2 text-left font-medium">
                    <JobName name={job.name} />
                  </th>
                  <td className="px-3 py-2">
                    <Badge className={stateTones[job.state]}>{t(`states.${job.state}`)}</Badge>
                    {job.retryError && (
                      <p className="mt-1 max-w-xs text-xs break-words text-amber-800">
                        {t("retryError", { error: job.retryError })}
                      </p>
                    )}
                  </td>
                  <td className="px-3 py-2 whitespace-nowrap">
                    {job.lastRun ? (
                      <>
                        {when(job.lastRun.finishedAt)}{" "}
                        <span className={job.lastRun.isOk ? "text-emerald-700" : "text-red-700"}>
                          {job.lastRun.isOk ? t("ok") : t("failed")}
                        </span>
                      </>
                    ) : (
                      <span className="text-slate-500">{t("never")}</span>
                    )}
                  </td>
                  <td className="px-3 py-2 whitespace-nowrap">
                    {job.nextRunAt ? when(job.nextRunAt) : "—"}
                  </td>
                  <td className="px-6 py-2 whitespace-nowrap">
                    {job.everySeconds > 0 ? t("everySeconds", { seconds: job.everySeconds }) : "—"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
        <Card>
          <CardHeader title={t("failuresTitle")} description={t("failuresDescription")} />
          <CardBody>
            {failing.length === 0 ? (
              <Notice tone="success">{t("noFailures")}</Notice>
            ) : (
              <ul className="space-y-4">
                {failing.flatMap((job) =>
                  job.failures.map((failure) => (
                    <li key={`${job.name}-${failure.at.toISOString()}`} className="text-sm">
                      <p>
                        <span className="font-medium">
                          <JobName name={job.name} />
                        </span>{" "}
                        · {when(failure.at)} · {t("attempts", { count: failure.attempts })}
                      </p>
                      <pre className="mt-1 overflow-x-auto rounded-md bg-red-50 px-3 py-2 text-xs whitespace-pre-wrap text-red-800">
                        {failure.error}
                      </pre>
                    </li>
                  )),
                )}
              </ul>
            )}
          </CardBody>
        </Card>
      </div>
    </>
  );
}
