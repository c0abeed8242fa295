"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useErrorText } from "@/components/forms/use-error-text";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { TextLink } from "@/components/ui/text-link";
import { useExplainRowErrors } from "./explain-row-errors";

export const isUnderWay = (status: string | undefined) =>
  status === "queued" || status === "running";

/**
 * An import the job is running: progress while it runs (polled, so the page can be closed and
 * opened again), then the outcome with every row it skipped and why.
 */
export function ImportProgress({
  importId,
  skippedInPreview,
  isWaitingForJobs,
}: {
  importId: string;
  skippedInPreview: number;
  isWaitingForJobs: boolean;
}) {
  const t = useTranslations("MemberImport");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { fromMutation } = useErrorText();
  const explain = useExplainRowErrors();
  const found = useQuery(
    trpc.memberImports.get.queryOptions(
      { importId },
      { refetchInterval: (query) => (isUnderWay(query.state.data?.status) ? 1000 : false) },
    ),
  );
  const resume = useMutation(
    trpc.memberImports.start.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.memberImports.pathKey() }),
    }),
  );
  const run = found.data;
  if (!run) return null;
  const skipped = skippedInPreview + run.failed;
  return (
    <div className="space-y-3">
      <div className="space-y-1">
        <div
          role="progressbar"
          aria-label={t("progressLabel")}
          aria-valuemin={0}
          aria-valuemax={run.total}
          aria-valuenow={run.processed}
          className="h-2 overflow-hidden rounded-full bg-slate-100"
        >
          <div
            className="h-full bg-brand-600 transition-all"
            style={{ width: `${Math.floor((run.processed * 100) / run.total)}%` }}
          />
        </div>
        <p className="text-xs text-slate-600">
          {t("progress", { done: run.processed, total: run.total })} · {t(`status.${run.status}`)}
        </p>
      </div>
      {run.status === "queued" && isWaitingForJobs && <Notice>{t("waitingForJobs")}</Notice>}
      {isUnderWay(run.status) && <p className="text-xs text-slate-500">{t("inBackground")}</p>}
      {run.status === "failed" && (
        <Notice tone="error" className="space-y-2">
          <p>{t("stopped", { error: run.error ?? "" })}</p>
          <Button
            variant="secondary"
            onClick={() => resume.mutate({ importId })}
            isPending={resume.isPending}
          >
            {t("resume")}
          </Button>
          {resume.error && <p>{fromMutation(resume.error).message}</p>}
        </Notice>
      )}
      {run.status === "done" && (
        <Notice tone={skipped > 0 ? "info" : "success"} className="space-y-1">
          <p className="font-medium">
            {t("done", { created: run.created, existing: run.existing, credited: run.credited })}
          </p>
          {skipped > 0 && <p>{t("skipped", { count: skipped })}</p>}
          {run.failures.map((f) => (
            <p key={f.row}>{t("rowFailed", { row: f.row, problem: explain(f.errors) })}</p>
          ))}
          {run.failed > run.failures.length && (
            <p>{t("moreInvalid", { count: run.failed - run.failures.length })}</p>
          )}
          <TextLink href="/admin/members">{t("toMembers")}</TextLink>
        </Notice>
      )}
    </div>
  );
}
