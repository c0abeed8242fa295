"use client";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { useErrorText } from "@/components/forms/use-error-text";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { TextLink } from "@/components/ui/text-link";
import { hashFile, type PreparedFile, prepareImport } from "./read-import-file";

const chunkSize = 200;
const template =
  "external_id,name,email,phone,birthday,points\r\nA-1001,Анна Смирнова,anna@example.com,+7 900 000-00-01,1990-05-17,300\r\n";

type Outcome = {
  created: number;
  existing: number;
  credited: number;
  failed: { row: number; errors: Record<string, string[]> }[];
};

/** Upload -> preview with per-row errors -> import the valid rows chunk by chunk, with progress. */
export function MemberImporter() {
  const t = useTranslations("MemberImport");
  const tErrors = useTranslations("MemberImport.errors");
  const tFields = useTranslations("MemberImport.fields");
  const trpc = useTRPC();
  const { fromMutation } = useErrorText();
  const inputId = useId();
  const [file, setFile] = useState<{
    name: string;
    prepared: PreparedFile;
    batchKey: string;
  } | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const importChunk = useMutation(trpc.members.import.mutationOptions());
  const valid = file?.prepared.rows.filter((r) => !r.errors) ?? [];
  const invalid = file?.prepared.rows.filter((r) => r.errors) ?? [];
  const explain = (errors: Record<string, string[]>) =>
    Object.entries(errors)
      .map(
        ([field, codes]) =>
          `${tFields.has(field as "email") ? tFields(field as "email") : field}: ${codes.map((c) => (tErrors.has(c as "emailInvalid") ? tErrors(c as "emailInvalid") : c)).join(", ")}`,
      )
      .join("; ");

  async function run() {
    if (!file) return;
    const total = valid.length;
    const sum: Outcome = { created: 0, existing: 0, credited: 0, failed: [] };
    setOutcome(null);
    setProgress({ done: 0, total });
    for (let i = 0; i < total; i += chunkSize) {
      const rows = valid.slice(i, i + chunkSize).map((r) => ({ row: r.row, data: r.data }));
      const result = await importChunk
        .mutateAsync({ batchKey: file.batchKey, rows })
        .catch(() => null);
      if (!result) {
        setOutcome(sum);
        return;
      }
      sum.created += result.created;
      sum.existing += result.existing;
      sum.credited += result.credited;
      sum.failed.push(...result.failed);
      setProgress({ done: Math.min(total, i + rows.length), total });
    }
    setOutcome(sum);
  }

  const isRunning = progress !== null && outcome === null && !importChunk.isError;
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
              disabled={isRunning}
              className="block text-sm file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5 file:text-sm file:font-medium"
              onChange={async (event) => {
                const picked = event.target.files?.[0];
                setOutcome(null);
                setProgress(null);
                importChunk.reset();
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
                onClick={() => void run()}
                isPending={isRunning}
                disabled={valid.length === 0 || file.prepared.missingExternalId || outcome !== null}
              >
                {t("importValid", { count: valid.length })}
              </Button>
              <p className="text-xs text-slate-500">{t("idempotent")}</p>
            </div>
            {progress && (
              <div className="space-y-1">
                <div
                  role="progressbar"
                  aria-label={t("progressLabel")}
                  aria-valuemin={0}
                  aria-valuemax={progress.total}
                  aria-valuenow={progress.done}
                  className="h-2 overflow-hidden rounded-full bg-slate-100"
                >
                  <div
                    className="h-full bg-brand-600 transition-all"
                    style={{
                      width: `${progress.total ? Math.floor((progress.done * 100) / progress.total) : 100}%`,
                    }}
                  />
                </div>
                <p className="text-xs text-slate-600">
                  {t("progress", { done: progress.done, total: progress.total })}
                </p>
              </div>
            )}
            {importChunk.isError && (
              <Notice tone="error">
                {t("chunkFailed", { message: fromMutation(importChunk.error).message ?? "" })}
              </Notice>
            )}
            {outcome && (
              <Notice
                tone={outcome.failed.length + invalid.length > 0 ? "info" : "success"}
                className="space-y-1"
              >
                <p className="font-medium">
                  {t("done", {
                    created: outcome.created,
                    existing: outcome.existing,
                    credited: outcome.credited,
                  })}
                </p>
                {invalid.length + outcome.failed.length > 0 && (
                  <p>{t("skipped", { count: invalid.length + outcome.failed.length })}</p>
                )}
                {outcome.failed.map((f) => (
                  <p key={f.row}>{t("rowFailed", { row: f.row, problem: explain(f.errors) })}</p>
                ))}
                <TextLink href="/admin/members">{t("toMembers")}</TextLink>
              </Notice>
            )}
          </CardBody>
        </Card>
      )}
    </div>
  );
}
