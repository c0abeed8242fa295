import { useTranslations } from "next-intl";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import type { summarizePoints } from "@/server/services/analytics/summarize-points";
import { BarChart } from "./bar-chart";
import { ChartOrTable } from "./chart-or-table";
import { formatCount, formatMonthLabel, formatShare } from "./format-figures";
import { Kpi } from "./kpi";

const series = [
  { key: "earned", color: "#c2410c" },
  { key: "spent", color: "#0f766e" },
  { key: "expired", color: "#94a3b8" },
  { key: "reversed", color: "#7c3aed" },
] as const;

export function PointsSection({
  points,
  locale,
  money,
  programName,
}: {
  points: Awaited<ReturnType<typeof summarizePoints>>;
  /** The program filter: it narrows the flow and breakage, not balances or the forecast. */
  programName?: string;
  locale: string;
  money: (minor: number | null) => string;
}) {
  const t = useTranslations("Dashboard.points");
  const count = (n: number) => formatCount(n, locale);
  const labelled = series.map((s) => ({ ...s, label: t(s.key) }));
  return (
    <Card>
      <CardHeader
        title={t("title")}
        description={programName ? t("programNote", { program: programName }) : undefined}
      />
      <CardBody className="space-y-6">
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <Kpi label={t("outstanding")} value={count(points.outstanding)} locale={locale} />
          <Kpi
            label={t("liability")}
            value={money(points.liability)}
            hint={
              points.pointValue === null
                ? t("noPointValue")
                : t("liabilityHint", { value: money(points.pointValue) })
            }
            locale={locale}
          />
          <Kpi
            label={t("breakage")}
            value={formatShare(points.breakageBp, locale)}
            hint={t("breakageHint")}
            locale={locale}
          />
          <Kpi label={t("earnedTotal")} value={count(points.totals.earned)} locale={locale} />
        </div>
        <ChartOrTable
          name="points"
          table={{
            columns: [
              { key: "month", label: t("month") },
              ...labelled.map((s) => ({ key: s.key, label: s.label, isNumeric: true })),
            ],
            rows: points.months.map((m) => ({
              cells: {
                month: formatMonthLabel(m.month, locale),
                earned: count(m.earned),
                spent: count(m.spent),
                expired: count(m.expired),
                reversed: count(m.reversed),
              },
              raw: { ...m },
            })),
          }}
        >
          <BarChart
            title={t("chart")}
            series={labelled}
            groups={points.months.map(({ month, ...values }) => ({
              label: formatMonthLabel(month, locale),
              values,
            }))}
          />
        </ChartOrTable>
        <div className="space-y-2">
          <h3 className="text-sm font-semibold text-slate-900">{t("forecast")}</h3>
          <p className="text-xs text-slate-500">{t("forecastHint")}</p>
          <ChartOrTable
            name="points-forecast"
            table={{
              columns: [
                { key: "month", label: t("month") },
                { key: "expiring", label: t("expiring"), isNumeric: true },
                { key: "expectedRedemptions", label: t("expectedRedemptions"), isNumeric: true },
              ],
              rows: points.forecast.map((f) => ({
                cells: {
                  month: formatMonthLabel(f.month, locale),
                  expiring: count(f.expiring),
                  expectedRedemptions: count(f.expectedRedemptions),
                },
                raw: { ...f },
              })),
            }}
          />
        </div>
      </CardBody>
    </Card>
  );
}
