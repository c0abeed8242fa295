"use client";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { formatMoney } from "@/components/format/money";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import type { NumericFigure, SimulationResult, TierCount } from "@/server/engine";
import type { SimulationParams } from "@/server/services/simulations/simulation-params";
import { formatBp } from "./format-bp";

type Kind = "money" | "count" | "bp";

const rows: [NumericFigure, Kind][] = [
  ["orders", "count"],
  ["revenue", "money"],
  ["discount", "money"],
  ["pointsIssued", "count"],
  ["pointsRedeemed", "count"],
  ["redeemedValue", "money"],
  ["pointsExpired", "count"],
  ["liabilityPoints", "count"],
  ["liabilityValue", "money"],
  ["cost", "money"],
  ["costBp", "bp"],
  ["costWithLiabilityBp", "bp"],
  ["tierUpgrades", "count"],
  ["tierDowngrades", "count"],
];

/** Live and draft side by side with draft − live; money and points are exact integers. */
export function SimulationTable({
  result,
  currency,
  params,
  baselineVersion,
  candidateVersion,
  finishedAt,
}: {
  result: SimulationResult;
  currency: string;
  params: SimulationParams;
  baselineVersion: number | null;
  candidateVersion: number | null;
  finishedAt: Date | null;
}) {
  const t = useTranslations("Simulator");
  const locale = useLocale();
  const format = useFormatter();
  const show = (value: number, kind: Kind, signed = false) => {
    const sign = signed && value > 0 ? "+" : "";
    if (kind === "money") return sign + formatMoney(value, currency, locale);
    if (kind === "bp") return sign + formatBp(value, locale);
    return sign + format.number(value);
  };
  const rate = params.preset === "pessimistic" ? 10_000 : params.redemptionRateBp;
  const baselineTitle =
    baselineVersion === null ? t("noProgram") : t("liveColumn", { n: baselineVersion });
  const candidateTitle = t("draftColumn", { n: candidateVersion ?? 0 });
  return (
    <Card>
      <CardHeader
        title={t("resultTitle")}
        description={t("resultHint", {
          months: params.months,
          rate: formatBp(rate, locale),
          finishedAt: finishedAt
            ? format.dateTime(finishedAt, { dateStyle: "medium", timeStyle: "short" })
            : "",
        })}
      />
      <CardBody className="overflow-x-auto">
        <table className="w-full text-sm" aria-label={t("resultTitle")}>
          <thead>
            <tr className="border-b border-slate-200 text-left text-slate-500">
              <th className="py-2 pr-4 font-medium">{t("figure")}</th>
              <th className="py-2 pr-4 text-right font-medium">{baselineTitle}</th>
              <th className="py-2 pr-4 text-right font-medium">{candidateTitle}</th>
              <th className="py-2 text-right font-medium">{t("difference")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([key, kind]) => (
              <tr key={key} className="border-b border-slate-100">
                <th scope="row" className="py-2 pr-4 text-left font-normal text-slate-700">
                  {t(`figures.${key}`)}
                </th>
                <td className="py-2 pr-4 text-right tabular-nums">
                  {show(result.baseline[key], kind)}
                </td>
                <td className="py-2 pr-4 text-right tabular-nums">
                  {show(result.candidate[key], kind)}
                </td>
                <td className="py-2 text-right font-medium tabular-nums">
                  {show(result.difference[key], kind, true)}
                </td>
              </tr>
            ))}
            <tr className="border-b border-slate-100 align-top">
              <th scope="row" className="py-2 pr-4 text-left font-normal text-slate-700">
                {t("tiersAtEnd")}
              </th>
              <td className="py-2 pr-4 text-right">{describeTiers(result.baseline.tiers)}</td>
              <td className="py-2 pr-4 text-right">{describeTiers(result.candidate.tiers)}</td>
              <td className="py-2 text-right">
                {t("tierMoves", {
                  higher: format.number(result.tierMoves.higher),
                  lower: format.number(result.tierMoves.lower),
                })}
              </td>
            </tr>
          </tbody>
        </table>
      </CardBody>
    </Card>
  );
}

function describeTiers(tiers: TierCount[]) {
  if (tiers.length === 0) return "—";
  return tiers.map((tier) => `${tier.name}: ${tier.members}`).join(", ");
}
