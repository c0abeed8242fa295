"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { Fragment, useState } from "react";
import { useErrorText } from "@/components/forms/use-error-text";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { SelectField } from "@/components/ui/select-field";
import {
  type WebhookDeliveryStatus,
  webhookDeliveryStatuses,
  webhookEventTypes,
  webhookTestEventType,
} from "@/db/schema/webhook-event-types";
import { DeliveryDetails } from "./delivery-details";
import { DeliveryStatusBadge } from "./delivery-status-badge";

type Filters = { endpointId?: string; status?: WebhookDeliveryStatus; eventType?: string };
const columns = [
  "time",
  "event",
  "endpoint",
  "status",
  "attempts",
  "response",
  "nextRetry",
] as const;
const pageSize = 20;

export function DeliveriesSection({
  endpoints,
  canReplay,
  timezone,
  locale,
}: {
  endpoints: { id: string; url: string }[];
  canReplay: boolean;
  timezone: string;
  locale: string;
}) {
  const t = useTranslations("Webhooks");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { fromMutation } = useErrorText();
  const [filters, setFilters] = useState<Filters>({});
  const [page, setPage] = useState(1);
  const [openId, setOpenId] = useState<string | null>(null);
  const log = useQuery({
    ...trpc.webhooks.deliveries.list.queryOptions({ ...filters, page, pageSize }),
    refetchInterval: (query) =>
      query.state.data?.rows.some((row) => row.status === "queued") ? 5000 : false,
  });
  const replay = useMutation(
    trpc.webhooks.deliveries.replay.mutationOptions({
      onSettled: () => queryClient.invalidateQueries(trpc.webhooks.deliveries.pathFilter()),
    }),
  );
  const time = new Intl.DateTimeFormat(locale, {
    dateStyle: "short",
    timeStyle: "medium",
    timeZone: timezone,
  });
  const setFilter = (changes: Filters) => {
    setFilters((current) => ({ ...current, ...changes }));
    setPage(1);
  };
  const pages = Math.max(1, Math.ceil((log.data?.total ?? 0) / pageSize));
  const rows = log.data?.rows ?? [];

  return (
    <Card>
      <CardHeader
        title={t("logTitle")}
        description={t("logDescription")}
        action={
          <Button
            variant="secondary"
            size="sm"
            isPending={log.isFetching}
            onClick={() => log.refetch()}
          >
            {t("refresh")}
          </Button>
        }
      />
      <div className="grid gap-4 border-b border-slate-100 px-6 py-4 sm:grid-cols-3">
        <SelectField
          label={t("filterEndpoint")}
          value={filters.endpointId ?? ""}
          onChange={(e) => setFilter({ endpointId: e.target.value || undefined })}
        >
          <option value="">{t("any")}</option>
          {endpoints.map((endpoint) => (
            <option key={endpoint.id} value={endpoint.id}>
              {endpoint.url}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t("filterStatus")}
          value={filters.status ?? ""}
          onChange={(e) =>
            setFilter({
              status: webhookDeliveryStatuses.find((status) => status === e.target.value),
            })
          }
        >
          <option value="">{t("any")}</option>
          {webhookDeliveryStatuses.map((status) => (
            <option key={status} value={status}>
              {t(`statuses.${status}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t("filterEvent")}
          value={filters.eventType ?? ""}
          onChange={(e) => setFilter({ eventType: e.target.value || undefined })}
        >
          <option value="">{t("any")}</option>
          {[...webhookEventTypes, webhookTestEventType].map((type) => (
            <option key={type} value={type}>
              {type}
            </option>
          ))}
        </SelectField>
      </div>
      {replay.error && (
        <CardBody>
          <Notice tone="error">{fromMutation(replay.error).message}</Notice>
        </CardBody>
      )}
      {rows.length === 0 ? (
        <CardBody>
          <p className="text-sm text-slate-500">{t("noDeliveries")}</p>
        </CardBody>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-sm">
            <caption className="sr-only">{t("logTitle")}</caption>
            <thead>
              <tr className="border-b border-slate-200 text-left text-xs tracking-wide text-slate-500 uppercase">
                {columns.map((column) => (
                  <th key={column} scope="col" className="px-4 py-3 font-medium">
                    {t(`logColumns.${column}`)}
                  </th>
                ))}
                <th scope="col" className="px-4 py-3 font-medium">
                  <span className="sr-only">{t("logColumns.actions")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <Fragment key={row.id}>
                  <tr className="border-b border-slate-100">
                    <td className="px-4 py-2 whitespace-nowrap text-slate-500">
                      {time.format(row.createdAt)}
                    </td>
                    <td className="px-4 py-2 font-mono text-xs">{row.eventType}</td>
                    <td className="max-w-56 truncate px-4 py-2 font-mono text-xs" title={row.url}>
                      {row.url}
                    </td>
                    <td className="px-4 py-2">
                      <DeliveryStatusBadge status={row.status} />
                    </td>
                    <td className="px-4 py-2">{row.attempts}</td>
                    <td className="px-4 py-2">
                      {row.lastResponseStatus ?? row.lastError ?? "—"}
                      {row.lastDurationMs !== null && (
                        <span className="ml-1 text-xs text-slate-500">{row.lastDurationMs} ms</span>
                      )}
                    </td>
                    <td className="px-4 py-2 whitespace-nowrap text-slate-500">
                      {row.status === "queued" ? time.format(row.nextAttemptAt) : "—"}
                    </td>
                    <td className="px-4 py-2">
                      <div className="flex justify-end gap-2">
                        <Button
                          variant="ghost"
                          size="sm"
                          aria-expanded={openId === row.id}
                          onClick={() => setOpenId(openId === row.id ? null : row.id)}
                        >
                          {t("payload")}
                        </Button>
                        {canReplay && row.status !== "queued" && (
                          <Button
                            variant="secondary"
                            size="sm"
                            isPending={replay.isPending && replay.variables?.id === row.id}
                            onClick={() => replay.mutate({ id: row.id })}
                          >
                            {t("replay")}
                          </Button>
                        )}
                      </div>
                    </td>
                  </tr>
                  {openId === row.id && (
                    <tr className="border-b border-slate-100 bg-slate-50">
                      <td colSpan={columns.length + 1} className="px-4 py-3">
                        <DeliveryDetails
                          payload={row.payload}
                          responseBody={row.lastResponseBody}
                        />
                      </td>
                    </tr>
                  )}
                </Fragment>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pages > 1 && (
        <nav
          aria-label={t("logTitle")}
          className="flex items-center justify-end gap-2 px-6 py-3 text-sm"
        >
          <Button
            variant="secondary"
            size="sm"
            disabled={page <= 1}
            onClick={() => setPage(page - 1)}
          >
            {t("previous")}
          </Button>
          <span>{t("pageOf", { page, pages })}</span>
          <Button
            variant="secondary"
            size="sm"
            disabled={page >= pages}
            onClick={() => setPage(page + 1)}
          >
            {t("next")}
          </Button>
        </nav>
      )}
    </Card>
  );
}
