"use client";
import { useLocale, useTranslations } from "next-intl";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import type { ProgramConfig } from "@/server/engine";
import { labelPath } from "./describe-change";
import type { Problem } from "./use-config-problems";

/** Every error and warning with the field it concerns, so nothing hides in a collapsed list. */
export function ProblemsPanel({
  problems,
  config,
  currency,
}: {
  problems: Problem[];
  config: ProgramConfig;
  currency: string;
}) {
  const t = useTranslations("Designer");
  const tFields = useTranslations("ProgramFields");
  const locale = useLocale();
  if (problems.length === 0) return null;
  const ctx = {
    t: tFields as unknown as Parameters<typeof labelPath>[1]["t"],
    locale,
    currency,
    config,
  };
  return (
    <Card className="border-amber-200">
      <CardHeader title={t("problems")} description={t("problemsHint")} />
      <CardBody>
        <ul className="space-y-2 text-sm">
          {problems.map((p, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: problems have no identity beyond their order
            <li key={i} className={p.severity === "error" ? "text-red-800" : "text-amber-800"}>
              <span className="font-medium">{labelPath(p.path, ctx) || t("wholeProgram")}: </span>
              {p.message}
            </li>
          ))}
        </ul>
      </CardBody>
    </Card>
  );
}
