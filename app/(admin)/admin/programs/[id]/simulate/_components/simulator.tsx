"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useErrorText } from "@/components/forms/use-error-text";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { SimulationProgress } from "./simulation-progress";
import { SimulationTable } from "./simulation-table";

type Preset = "assumed" | "pessimistic";

/** Parameters, a run button, live progress while the job runs, then the side-by-side table. */
export function Simulator({
  programId,
  canEdit,
  currency,
}: {
  programId: string;
  canEdit: boolean;
  currency: string;
}) {
  const t = useTranslations("Simulator");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { fromMutation } = useErrorText();
  const [months, setMonths] = useState("12");
  const [preset, setPreset] = useState<Preset>("assumed");
  const [ratePercent, setRatePercent] = useState("30");
  const latestKey = trpc.simulations.latest.queryOptions({ programId });
  const latest = useQuery(
    trpc.simulations.latest.queryOptions(
      { programId },
      {
        refetchInterval: (query) => {
          const status = query.state.data?.status;
          return status === "queued" || status === "running" ? 1000 : false;
        },
      },
    ),
  );
  const start = useMutation(
    trpc.simulations.start.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: latestKey.queryKey }),
    }),
  );
  const run = latest.data ?? null;
  const isRunning = run?.status === "queued" || run?.status === "running";
  const error = fromMutation(start.error);
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    start.mutate({
      programId,
      months: Number(months),
      preset,
      redemptionRateBp: Math.round(Number(ratePercent) * 100),
    });
  };
  return (
    <div className="space-y-6">
      {canEdit && (
        <Card>
          <CardHeader title={t("paramsTitle")} description={t("paramsHint")} />
          <CardBody>
            <form className="grid gap-4 sm:grid-cols-4 sm:items-end" onSubmit={submit}>
              <TextField
                label={t("months")}
                type="number"
                min={1}
                max={24}
                step={1}
                value={months}
                onChange={(e) => setMonths(e.target.value)}
                error={error.field("months")}
              />
              <SelectField
                label={t("preset")}
                value={preset}
                onChange={(e) => setPreset(e.target.value as Preset)}
              >
                <option value="assumed">{t("presetAssumed")}</option>
                <option value="pessimistic">{t("presetPessimistic")}</option>
              </SelectField>
              <TextField
                label={t("rate")}
                type="number"
                min={0}
                max={100}
                step={1}
                value={preset === "pessimistic" ? "100" : ratePercent}
                disabled={preset === "pessimistic"}
                onChange={(e) => setRatePercent(e.target.value)}
                error={error.field("redemptionRateBp")}
              />
              <Button type="submit" isPending={start.isPending} disabled={isRunning}>
                {t("run")}
              </Button>
            </form>
            {start.error && (
              <Notice tone="error" className="mt-4">
                {error.message}
              </Notice>
            )}
          </CardBody>
        </Card>
      )}
      {run && isRunning && <SimulationProgress processed={run.processed} total={run.total} />}
      {run?.status === "failed" && (
        <Notice tone="error">{t("failed", { error: run.error ?? "" })}</Notice>
      )}
      {run?.status === "done" && run.result && (
        <SimulationTable
          result={run.result}
          currency={currency}
          params={run.params}
          baselineVersion={run.baselineVersion}
          candidateVersion={run.candidateVersion}
          finishedAt={run.finishedAt}
        />
      )}
      {!run && !latest.isPending && <Notice>{t("noRuns")}</Notice>}
    </div>
  );
}
