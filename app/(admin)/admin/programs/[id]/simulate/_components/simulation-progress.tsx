"use client";
import { useFormatter, useTranslations } from "next-intl";
import { Card, CardBody } from "@/components/ui/card";

/** Orders replayed so far; the bar is exact only once the runner has counted the history. */
export function SimulationProgress({ processed, total }: { processed: number; total: number }) {
  const t = useTranslations("Simulator");
  const format = useFormatter();
  const percent = total > 0 ? Math.min(100, Math.floor((processed * 100) / total)) : 0;
  return (
    <Card>
      <CardBody className="space-y-2">
        <p className="text-sm text-slate-700">
          {t("progress", { processed: format.number(processed), total: format.number(total) })}
        </p>
        <div
          role="progressbar"
          aria-label={t("progressLabel")}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
          className="h-2 overflow-hidden rounded-full bg-slate-100"
        >
          <div className="h-full bg-brand-700 transition-all" style={{ width: `${percent}%` }} />
        </div>
      </CardBody>
    </Card>
  );
}
