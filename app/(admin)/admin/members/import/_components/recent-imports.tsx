"use client";
import { useQuery } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { ImportProgress, isUnderWay } from "./import-progress";

/** The store's latest imports: an import started earlier can be followed here after a reload. */
export function RecentImports() {
  const t = useTranslations("MemberImport");
  const format = useFormatter();
  const trpc = useTRPC();
  const list = useQuery(
    trpc.memberImports.list.queryOptions(undefined, {
      refetchInterval: (query) =>
        (query.state.data ?? []).some((run) => isUnderWay(run.status)) ? 2000 : false,
    }),
  );
  const [openedId, setOpenedId] = useState<string | null>(null);
  const runs = list.data ?? [];
  if (runs.length === 0) return null;
  return (
    <Card>
      <CardHeader title={t("recentTitle")} />
      <CardBody>
        <table className="w-full text-sm">
          <caption className="sr-only">{t("recentTitle")}</caption>
          <thead>
            <tr className="text-left text-xs text-slate-500">
              <th scope="col" className="py-1 pr-3 font-medium">
                {t("recentFile")}
              </th>
              <th scope="col" className="py-1 pr-3 font-medium">
                {t("recentStatus")}
              </th>
              <th scope="col" className="py-1 pr-3 font-medium">
                {t("recentRows")}
              </th>
              <th scope="col" className="py-1 pr-3 font-medium">
                {t("recentOutcome")}
              </th>
              <th scope="col" className="py-1 font-medium">
                {t("recentStarted")}
              </th>
            </tr>
          </thead>
          <tbody>
            {runs.map((run) => (
              <tr key={run.id} className="border-t border-slate-100">
                <td className="py-1.5 pr-3">
                  <button
                    type="button"
                    className="text-left font-medium text-brand-700 underline-offset-2 hover:underline"
                    aria-expanded={openedId === run.id}
                    onClick={() => setOpenedId(openedId === run.id ? null : run.id)}
                  >
                    {run.fileName}
                  </button>
                </td>
                <td className="py-1.5 pr-3">
                  <Badge>{t(`status.${run.status}`)}</Badge>
                </td>
                <td className="py-1.5 pr-3 tabular-nums">
                  {t("progress", { done: run.processed, total: run.total })}
                </td>
                <td className="py-1.5 pr-3 text-slate-600">
                  {run.status === "failed"
                    ? run.error
                    : t("recentCounts", {
                        created: run.created,
                        existing: run.existing,
                        failed: run.failed,
                      })}
                </td>
                <td className="py-1.5 text-slate-600">
                  {format.dateTime(run.createdAt, { dateStyle: "medium", timeStyle: "short" })} ·{" "}
                  {run.startedBy}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {openedId && (
          <div className="mt-4 border-t border-slate-100 pt-4">
            <ImportProgress importId={openedId} skippedInPreview={0} isWaitingForJobs={false} />
          </div>
        )}
      </CardBody>
    </Card>
  );
}
