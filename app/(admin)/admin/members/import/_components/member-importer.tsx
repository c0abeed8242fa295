"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { useErrorText } from "@/components/forms/use-error-text";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { useExplainRowErrors } from "./explain-row-errors";
import { ImportProgress } from "./import-progress";
import { hashFile, type PreparedFile, prepareImport } from "./read-import-file";
import { RecentImports } from "./recent-imports";

const uploadPartSize = 1000;
const template =
  "external_id,name,email,phone,birthday,points\r\nA-1001,Анна Смирнова,anna@example.com,+7 900 000-00-01,1990-05-17,300\r\n";

type Started = { importId: string; isWaitingForJobs: boolean; isKnownFile: boolean };

/**
 * Upload -> preview with per-row errors -> send the valid rows in parts and start the import;
 * the import-members job does the rest in the background, and the page follows its progress.
 */
export function MemberImporter() {
  const t = useTranslations("MemberImport");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { fromMutation } = useErrorText();
  const explain = useExplainRowErrors();
  const inputId = useId();
  const [file, setFile] = useState<{
    name: string;
    prepared: PreparedFile;
    batchKey: string;
  } | null>(null);
  const [uploaded, setUploaded] = useState<{ done: number; total: number } | null>(null);
  const [started, setStarted] = useState<Started | null>(null);
  const open = useMutation(trpc.memberImports.create.mutationOptions());
  const addRows = useMutation(trpc.memberImports.addRows.mutationOptions());
  const start = useMutation(trpc.memberImports.start.mutationOptions());
  const failure = open.error ?? addRows.error ?? start.error;
  const valid = file?.prepared.rows.filter((r) => !r.errors) ?? [];
  const invalid = file?.prepared.rows.filter((r) => r.errors) ?? [];

  async function upload() {
    if (!file) return;
    const total = valid.length;
    const opened = await open
      .mutateAsync({ batchKey: file.batchKey, fileName: file.name, total })
      .catch(() => null);
    if (!opened) return;
    if (opened.status === "uploading") {
      setUploaded({ done: 0, total });
      for (let i = 0; i < total; i += uploadPartSize) {
        const rows = valid.slice(i, i + uploadPartSize).map((r) => ({ row: r.row, data: r.data }));
        const sent = await addRows.mutateAsync({ importId: opened.id, rows }).catch(() => null);
        if (!sent) return;
        setUploaded({ done: Math.min(total, i + rows.length), total });
      }
    }
    const queued = await start.mutateAsync({ importId: opened.id }).catch(() => null);
    if (!queued) return;
    setStarted({
      importId: opened.id,
      isWaitingForJobs: !queued.isQueuedNow,
      isKnownFile: !opened.isNew,
    });
    await queryClient.invalidateQueries({ queryKey: trpc.memberImports.list.queryKey() });
  }

  const isUploading = (open.isPending || addRows.isPending || start.isPending) && !failure;
  return (
    <div className="space-y-6">
      <Card>
        <CardHeader title={t("formatTitle")} description={t("formatHint")} />
        <CardBody className="space-y-3 text-sm text-slate-700">
          <p>
            <code className="rounded bg-slate-100 px-1.5 py-0.5 text-xs">
              external_id, name, email, phone, birthday, points
            </code>
          </p>
          <p>{t("formatRules")}</p>
          <a
            className="font-medium text-brand-700 underline-offset-2 hover:underline"
            download="members-template.csv"
            href={`data:text/csv;charset=utf-8,${encodeURIComponent(template)}`}
          >
            {t("downloadTemplate")}
          </a>
          <div className="pt-2">
            <label htmlFor={inputId} className="mb-1.5 block text-sm font-medium text-slate-700">
              {t("file")}
            </label>
            <input
              id={inputId}
              type="file"
              accept=".csv,text/csv"
              disabled={isUploading}
              className="block text-sm file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5 file:text-sm file:font-medium"
              onChange={async (event) => {
                const picked = event.target.files?.[0];
                setStarted(null);
                setUploaded(null);
                for (const mutation of [open, addRows, start]) mutation.reset();
                if (!picked) return setFile(null);
                const text = await picked.text();
                setFile({
                  name: picked.name,
                  prepared: prepareImport(text),
                  batchKey: await hashFile(text),
                });
              }}
            />
          </div>
        </CardBody>
      </Card>
      {file && (
        <Card>
          <CardHeader
            title={t("previewTitle", { file: file.name })}
            description={t("previewSummary", {
              total: file.prepared.rows.length,
              valid: valid.length,
              invalid: invalid.length,
            })}
          />
          <CardBody className="space-y-4">
            {file.prepared.missingExternalId && (
              <Notice tone="error">{t("missingExternalId")}</Notice>
            )}
            {file.prepared.unknownColumns.length > 0 && (
              <Notice>
                {t("unknownColumns", { columns: file.prepared.unknownColumns.join(", ") })}
              </Notice>
            )}
            {invalid.length > 0 && (
              <div>
                <h3 className="mb-2 text-sm font-semibold text-red-800">{t("invalidTitle")}</h3>
                <table className="w-full text-sm">
                  <caption className="sr-only">{t("invalidTitle")}</caption>
                  <thead>
                    <tr className="text-left text-xs text-slate-500">
                      <th scope="col" className="py-1 pr-3 font-medium">
                        {t("row")}
                      </th>
                      <th scope="col" className="py-1 pr-3 font-medium">
                        {t("externalId")}
                      </th>
                      <th scope="col" className="py-1 font-medium">
                        {t("problem")}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {invalid.slice(0, 100).map((r) => (
                      <tr key={r.row} className="border-t border-slate-100">
                        <td className="py-1 pr-3 tabular-nums">{r.row}</td>
                        <td className="py-1 pr-3">{r.data.externalId || "—"}</td>
                        <td className="py-1 text-red-800">{explain(r.errors ?? {})}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
                {invalid.length > 100 && (
                  <p className="mt-1 text-xs text-slate-500">
                    {t("moreInvalid", { count: invalid.length - 100 })}
                  </p>
                )}
              </div>
            )}
            <div className="flex flex-wrap items-center gap-3">
              <Button
                onClick={() => void upload()}
                isPending={isUploading}
                disabled={valid.length === 0 || file.prepared.missingExternalId || started !== null}
              >
                {t("importValid", { count: valid.length })}
              </Button>
              <p className="text-xs text-slate-500">{t("idempotent")}</p>
            </div>
            {uploaded && !started && (
              <p className="text-xs text-slate-600">
                {t("uploading", { done: uploaded.done, total: uploaded.total })}
              </p>
            )}
            {failure && (
              <Notice tone="error">
                {t("uploadFailed", { message: fromMutation(failure).message ?? "" })}
              </Notice>
            )}
            {started?.isKnownFile && <Notice>{t("knownFile")}</Notice>}
            {started && (
              <ImportProgress
                importId={started.importId}
                skippedInPreview={invalid.length}
                isWaitingForJobs={started.isWaitingForJobs}
              />
            )}
          </CardBody>
        </Card>
      )}
      <RecentImports />
    </div>
  );
}
