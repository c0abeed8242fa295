"use client";
import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { SelectField } from "@/components/ui/select-field";
import { type MessageStatus, messageStatuses } from "@/db/schema/campaign-types";

const tones: Record<MessageStatus, string> = {
  queued: "bg-slate-100 text-slate-700",
  sending: "bg-amber-50 text-amber-800",
  sent: "bg-emerald-50 text-emerald-700",
  failed: "bg-red-50 text-red-700",
  skipped: "bg-slate-100 text-slate-500",
};

export function OutboxSection({
  campaignId,
  timezone,
  locale,
}: {
  campaignId?: string;
  timezone: string;
  locale: string;
}) {
  const t = useTranslations("Campaigns.outbox");
  const trpc = useTRPC();
  const [status, setStatus] = useState<MessageStatus | undefined>();
  const [page, setPage] = useState(1);
  const outbox = useQuery(trpc.campaigns.outbox.queryOptions({ campaignId, status, page }));
  const time = new Intl.DateTimeFormat(locale, {
    dateStyle: "short",
    timeStyle: "short",
    timeZone: timezone,
  });
  const rows = outbox.data?.rows ?? [];
  const pages = Math.max(1, Math.ceil((outbox.data?.total ?? 0) / (outbox.data?.pageSize ?? 50)));

  return (
    <Card>
      <CardHeader
        title={t("title")}
        description={t("description")}
        action={
          <Button
            variant="secondary"
            size="sm"
            isPending={outbox.isFetching}
            onClick={() => outbox.refetch()}
          >
            {t("refresh")}
          </Button>
        }
      />
      <div className="border-b border-slate-100 px-6 py-4 sm:w-64">
        <SelectField
          label={t("status")}
          value={status ?? ""}
          onChange={(e) => {
            setStatus(messageStatuses.find((s) => s === e.target.value));
            setPage(1);
          }}
        >
          <option value="">{t("any")}</option>
          {messageStatuses.map((s) => (
            <option key={s} value={s}>
              {t(`statuses.${s}`)}
            </option>
          ))}
        </SelectField>
      </div>
      {rows.length === 0 ? (
        <CardBody>
          <p className="text-sm text-slate-500">{t("empty")}</p>
        </CardBody>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-sm">
            <caption className="sr-only">{t("title")}</caption>
            <thead>
              <tr className="border-b border-slate-200 text-left text-xs tracking-wide text-slate-500 uppercase">
                {(["time", "campaign", "member", "to", "subject", "status", "reason"] as const).map(
                  (c) => (
                    <th key={c} scope="col" className="px-4 py-3 font-medium">
                      {t(`columns.${c}`)}
                    </th>
                  ),
                )}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} className="border-b border-slate-100 align-top">
                  <td className="px-4 py-2 whitespace-nowrap text-slate-500">
                    {time.format(row.sentAt ?? row.dueAt)}
                  </td>
                  <td className="px-4 py-2">
                    {row.campaignName}
                    {row.step === 2 && (
                      <span className="ml-1 text-xs text-slate-500">{t("secondStep")}</span>
                    )}
                  </td>
                  <td className="px-4 py-2">{row.memberName}</td>
                  <td className="px-4 py-2 font-mono text-xs">{row.recipient ?? "—"}</td>
                  <td className="max-w-64 truncate px-4 py-2" title={row.subject ?? undefined}>
                    {row.subject ?? "—"}
                  </td>
                  <td className="px-4 py-2 whitespace-nowrap">
                    <Badge className={tones[row.status]}>{t(`statuses.${row.status}`)}</Badge>
                    {row.isTest && <Badge className="ml-1">{t("test")}</Badge>}
                    {row.openedAt && (
                      <Badge className="ml-1 bg-sky-50 text-sky-700">{t("opened")}</Badge>
                    )}
                  </td>
                  <td className="px-4 py-2 text-slate-600">{row.reason ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pages > 1 && (
        <CardBody className="flex items-center justify-between">
          <Button
            variant="secondary"
            size="sm"
            disabled={page <= 1}
            onClick={() => setPage(page - 1)}
          >
            {t("newer")}
          </Button>
          <span className="text-sm text-slate-500">{t("page", { page, pages })}</span>
          <Button
            variant="secondary"
            size="sm"
            disabled={page >= pages}
            onClick={() => setPage(page + 1)}
          >
            {t("older")}
          </Button>
        </CardBody>
      )}
    </Card>
  );
}
