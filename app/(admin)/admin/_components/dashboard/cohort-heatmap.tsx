import Link from "next/link";
import { useTranslations } from "next-intl";
import { withParams } from "@/components/navigation/with-params";
import type { CohortRow } from "@/server/services/analytics/build-cohorts";
import { cohortOffsets } from "@/server/services/analytics/build-cohorts";
import { formatShare } from "./format-figures";

/** Each cell links to the members of that cohort who bought in that month. */
export function CohortHeatmap({
  cohorts,
  cohortBy,
  tier,
  program,
  locale,
}: {
  cohorts: CohortRow[];
  cohortBy: "join" | "firstOrder";
  tier?: string;
  program?: string;
  locale: string;
}) {
  const t = useTranslations("Dashboard.cohorts");
  const cohortKey = cohortBy === "join" ? "joinedMonth" : "firstOrderMonth";
  return (
    <div className="overflow-x-auto">
      <table
        className="w-full border-separate border-spacing-0.5 text-xs"
        aria-label={t("heatmap")}
      >
        <thead>
          <tr className="text-slate-500">
            <th scope="col" className="px-2 py-1 text-left">
              {t("cohort")}
            </th>
            <th scope="col" className="px-2 py-1 text-right">
              {t("size")}
            </th>
            {cohortOffsets.map((k) => (
              <th key={k} scope="col" className="px-1 py-1 text-center">
                +{k}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {cohorts.map((row) => (
            <tr key={row.cohort}>
              <th scope="row" className="px-2 py-1 text-left font-medium text-slate-700">
                <Link
                  className="hover:underline"
                  href={`/admin/members${withParams({ tier, program }, { [cohortKey]: row.cohort })}`}
                >
                  {row.cohort}
                </Link>
              </th>
              <td className="px-2 py-1 text-right tabular-nums">{row.size}</td>
              {cohortOffsets.map((k) => {
                const cell = row.cells.find((c) => c.offset === k);
                if (!cell) return <td key={k} />;
                const alpha = Math.min(1, (cell.shareBp ?? 0) / 5000);
                return (
                  <td key={k} className="p-0 text-center">
                    <Link
                      href={`/admin/members${withParams({ tier, program }, { [cohortKey]: row.cohort, boughtMonth: cell.month })}`}
                      aria-label={t("cell", {
                        cohort: row.cohort,
                        month: cell.month,
                        count: cell.returned,
                      })}
                      className="block rounded px-1 py-1 tabular-nums hover:ring-2 hover:ring-slate-400"
                      style={{
                        background: `rgba(194, 65, 12, ${alpha.toFixed(2)})`,
                        color: alpha > 0.5 ? "white" : undefined,
                      }}
                    >
                      {formatShare(cell.shareBp, locale)}
                    </Link>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
