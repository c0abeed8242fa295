import Link from "next/link";
import { useTranslations } from "next-intl";
import { withParams } from "@/components/navigation/with-params";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import type { estimateEconomics } from "@/server/services/analytics/estimate-economics";
import type { summarizeTiers } from "@/server/services/analytics/summarize-tiers";
import { ChartOrTable } from "./chart-or-table";
import { formatCount, formatShare } from "./format-figures";
import { Kpi } from "./kpi";

type Props = {
  economics: Awaited<ReturnType<typeof estimateEconomics>>;
  tiers: Awaited<ReturnType<typeof summarizeTiers>>;
  locale: string;
  money: (minor: number | null) => string;
};

export function EconomicsSection({ economics: e, tiers, locale, money }: Props) {
  const t = useTranslations("Dashboard.economics");
  const tt = useTranslations("Dashboard.tiers");
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <Card>
        <CardHeader title={t("title")} />
        <CardBody className="space-y-4">
          <div className="grid gap-4 sm:grid-cols-2">
            <Kpi
              label={t("cost")}
              value={money(e.cost)}
              hint={t("costHint", { discount: money(e.discount), points: money(e.pointsValue) })}
              locale={locale}
            />
            <Kpi
              label={t("memberRevenue")}
              value={money(e.memberRevenue)}
              hint={t("costShare", { share: formatShare(e.costShareBp, locale) })}
              locale={locale}
            />
            <Kpi
              label={t("incremental")}
              value={money(e.incremental)}
              hint={e.incremental === null ? t("noGuests") : undefined}
              locale={locale}
            />
            <Kpi label={t("net")} value={money(e.net)} locale={locale} />
          </div>
          <div className="rounded-md bg-slate-50 p-3 text-xs text-slate-700">
            <p className="font-medium">{t("formulaTitle")}</p>
            <p>{t("formulaCost")}</p>
            <p>{t("formulaIncremental")}</p>
            {e.baseline !== null && (
              <p className="mt-1 tabular-nums">
                {money(e.memberRevenue)} − {formatCount(e.activeMembers, locale)} ×{" "}
                {money(e.guestRevenuePerCustomer)} = {money(e.incremental)}; {money(e.incremental)}{" "}
                − {money(e.cost)} = {money(e.net)}
              </p>
            )}
          </div>
        </CardBody>
      </Card>
      <Card>
        <CardHeader title={tt("title")} description={tt("hint")} />
        <CardBody>
          {tiers.total === 0 ? (
            <p className="text-sm text-slate-500">{tt("empty")}</p>
          ) : (
            <ChartOrTable
              name="tiers"
              table={{
                columns: [
                  { key: "tier", label: tt("tier") },
                  { key: "members", label: tt("members"), isNumeric: true },
                  { key: "share", label: tt("share"), isNumeric: true },
                ],
                rows: tiers.tiers.map((row) => ({
                  cells: {
                    tier: row.name ?? tt("none"),
                    members: formatCount(row.members, locale),
                    share: formatShare(row.shareBp, locale),
                  },
                  raw: { tier: row.tier ?? "", members: row.members, shareBp: row.shareBp ?? "" },
                })),
              }}
            >
              <ul className="space-y-2">
                {tiers.tiers.map((row) => (
                  <li key={row.tier ?? "none"}>
                    <Link
                      href={
                        row.tier
                          ? `/admin/members${withParams({}, { tier: row.tier })}`
                          : "/admin/members"
                      }
                      className="flex items-center gap-3 text-sm hover:underline"
                    >
                      <span className="w-28 truncate">{row.name ?? tt("none")}</span>
                      <span className="h-3 flex-1 rounded bg-slate-100">
                        <span
                          className="block h-3 rounded bg-brand-700"
                          style={{ width: `${(row.shareBp ?? 0) / 100}%` }}
                        />
                      </span>
                      <span className="w-20 text-right tabular-nums">
                        {formatCount(row.members, locale)}
                      </span>
                    </Link>
                  </li>
                ))}
              </ul>
            </ChartOrTable>
          )}
        </CardBody>
      </Card>
    </div>
  );
}
