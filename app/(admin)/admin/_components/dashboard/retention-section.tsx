import { useTranslations } from "next-intl";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import type { buildCohorts } from "@/server/services/analytics/build-cohorts";
import type { measureRetention } from "@/server/services/analytics/measure-retention";
import { ChartOrTable } from "./chart-or-table";
import { CohortHeatmap } from "./cohort-heatmap";
import { formatCount, formatShare } from "./format-figures";
import { Kpi } from "./kpi";

type Props = {
  retention: Awaited<ReturnType<typeof measureRetention>>;
  cohorts: Awaited<ReturnType<typeof buildCohorts>>;
  tier?: string;
  program?: string;
  locale: string;
};

export function RetentionSection({ retention, cohorts, tier, program, locale }: Props) {
  const t = useTranslations("Dashboard.retention");
  const { members, guests } = retention;
  const days = (n: number | null) => (n === null ? "—" : t("days", { count: n }));
  const cohortTable = {
    columns: [
      { key: "cohort", label: t("cohort") },
      { key: "size", label: t("size"), isNumeric: true },
      ...(cohorts.cohorts[0]?.cells.length
        ? Array.from({ length: 12 }, (_, i) => ({
            key: `m${i + 1}`,
            label: `+${i + 1}`,
            isNumeric: true,
          }))
        : []),
    ],
    rows: cohorts.cohorts.map((row) => {
      const cells: Record<string, string> = {
        cohort: row.cohort,
        size: formatCount(row.size, locale),
      };
      const raw: Record<string, string | number> = { cohort: row.cohort, size: row.size };
      for (const cell of row.cells) {
        cells[`m${cell.offset}`] = formatShare(cell.shareBp, locale);
        raw[`m${cell.offset}`] = cell.returned;
      }
      return { cells, raw };
    }),
  };
  return (
    <Card>
      <CardHeader title={t("title")} description={t("hint")} />
      <CardBody className="space-y-6">
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <Kpi
            label={t("repeatRate")}
            value={formatShare(members.repeatRateBp, locale)}
            hint={t("guests", { value: formatShare(guests.repeatRateBp, locale) })}
            locale={locale}
          />
          <Kpi
            label={t("secondPurchase")}
            value={formatShare(members.secondPurchaseRateBp, locale)}
            hint={t("guests", { value: formatShare(guests.secondPurchaseRateBp, locale) })}
            locale={locale}
          />
          <Kpi
            label={t("medianDays")}
            value={days(members.medianDaysToSecond)}
            hint={t("guests", { value: days(guests.medianDaysToSecond) })}
            locale={locale}
          />
          <Kpi
            label={t("churn")}
            value={formatShare(members.churnBp, locale)}
            hint={t("churnHint", { churned: members.churned, previous: members.previousBuyers })}
            locale={locale}
          />
        </div>
        <div className="space-y-2">
          <h3 className="text-sm font-semibold text-slate-900">
            {cohorts.cohortBy === "join" ? t("cohortsByJoin") : t("cohortsByFirstOrder")}
          </h3>
          {cohorts.cohorts.length === 0 ? (
            <p className="text-sm text-slate-500">{t("noCohorts")}</p>
          ) : (
            <ChartOrTable name="cohorts" table={cohortTable}>
              <CohortHeatmap
                cohorts={cohorts.cohorts}
                cohortBy={cohorts.cohortBy}
                tier={tier}
                program={program}
                locale={locale}
              />
            </ChartOrTable>
          )}
        </div>
      </CardBody>
    </Card>
  );
}
