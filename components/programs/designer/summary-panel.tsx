"use client";
import { useTranslations } from "next-intl";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import type { ProgramConfig } from "@/server/engine";
import { summarizeConfig } from "../summarize-config";

export function SummaryPanel({
  config,
  currency,
  locale,
}: {
  config: ProgramConfig;
  currency: string;
  locale: "ru" | "en";
}) {
  const t = useTranslations("Designer");
  let lines: string[];
  try {
    lines = summarizeConfig(config, { locale, currency });
  } catch {
    lines = [];
  }
  return (
    <Card>
      <CardHeader title={t("summary")} description={t("summaryHint")} />
      <CardBody>
        <ul aria-live="polite" className="list-disc space-y-1.5 pl-5 text-sm text-slate-800">
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </CardBody>
    </Card>
  );
}
