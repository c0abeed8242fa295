import { useTranslations } from "next-intl";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import type { estimateEconomics } from "@/server/services/analytics/estimate-economics";
import type { summarizeTierMoves } from "@/server/services/analytics/summarize-tier-moves";
import type { summarizeTiers } from "@/server/services/analytics/summarize-tiers";
import { formatCount, formatShare } from "./format-figures";
import { Kpi } from "./kpi";
import { TiersCard } from "./tiers-card";

type Props = {
  economics: Awaited<ReturnType<typeof estimateEconomics>>;
  tiers: Awaited<ReturnType<typeof summarizeTiers>>;
  moves: Awaited<ReturnType<typeof summarizeTierMoves>>;
  range: { from: string; to: string; tier?: string };
  programName?: string;
  locale: string;
  money: (minor: number | null) => string;
};

export function EconomicsSection(props: Props) {
  const { economics: e, tiers, moves, range, programName, locale, money } = props;
  const t = useTranslations("Dashboard.economics");
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <Card>
        <CardHeader
          title={t("title")}
          description={programName ? t("programNote", { program: programName }) : undefined}
        />
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
      <TiersCard
        tiers={tiers}
        moves={moves}
        range={range}
        programName={programName}
        locale={locale}
      />
    </div>
  );
}
