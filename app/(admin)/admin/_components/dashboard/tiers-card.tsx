import Link from "next/link";
import { useTranslations } from "next-intl";
import { withParams } from "@/components/navigation/with-params";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import type { summarizeTierMoves } from "@/server/services/analytics/summarize-tier-moves";
import type { summarizeTiers } from "@/server/services/analytics/summarize-tiers";
import { ChartOrTable } from "./chart-or-table";
import { changeBp, formatCount, formatShare } from "./format-figures";
import { Kpi } from "./kpi";

type Props = {
  tiers: Awaited<ReturnType<typeof summarizeTiers>>;
  moves: Awaited<ReturnType<typeof summarizeTierMoves>>;
  range: { from: string; to: string; tier?: string };
  programName?: string;
  locale: string;
};

/** Members per tier now, and who moved up or down in the range (each opens the members list). */
export function TiersCard({ tiers, moves, range, programName, locale }: Props) {
  const t = useTranslations("Dashboard.tiers");
  const count = (n: number) => formatCount(n, locale);
  const moveHref = (direction: "up" | "down") =>
    `/admin/members${withParams(
      {},
      { tier: range.tier, tierMove: direction, movedFrom: range.from, movedTo: range.to },
    )}`;
  const tierName = (name: string | null) => name ?? t("none");
  return (
    <Card>
      <CardHeader
        title={t("title")}
        description={programName ? t("programNote", { program: programName }) : t("hint")}
      />
      <CardBody className="space-y-6">
        {tiers.total === 0 ? (
          <p className="text-sm text-slate-500">{t("empty")}</p>
        ) : (
          <ChartOrTable
            name="tiers"
            table={{
              columns: [
                { key: "tier", label: t("tier") },
                { key: "members", label: t("members"), isNumeric: true },
                { key: "share", label: t("share"), isNumeric: true },
              ],
              rows: tiers.tiers.map((row) => ({
                cells: {
                  tier: tierName(row.name),
                  members: count(row.members),
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
                    <span className="w-28 truncate">{tierName(row.name)}</span>
                    <span className="h-3 flex-1 rounded bg-slate-100">
                      <span
                        className="block h-3 rounded bg-brand-700"
                        style={{ width: `${(row.shareBp ?? 0) / 100}%` }}
                      />
                    </span>
                    <span className="w-20 text-right tabular-nums">{count(row.members)}</span>
                  </Link>
                </li>
              ))}
            </ul>
          </ChartOrTable>
        )}
        <div className="space-y-3">
          <h3 className="text-sm font-semibold text-slate-900">{t("movesTitle")}</h3>
          <div className="grid gap-4 sm:grid-cols-2">
            {(["up", "down"] as const).map((direction) => (
              <Kpi
                key={direction}
                label={t(direction === "up" ? "movedUp" : "movedDown")}
                value={count(moves.current[direction].members)}
                previous={count(moves.previous[direction].members)}
                change={changeBp(
                  moves.current[direction].members,
                  moves.previous[direction].members,
                )}
                hint={t("movesHint", { count: moves.current[direction].moves })}
                href={moveHref(direction)}
                locale={locale}
              />
            ))}
          </div>
          {moves.transitions.length === 0 ? (
            <p className="text-sm text-slate-500">{t("noMoves")}</p>
          ) : (
            <ChartOrTable
              name="tier-movements"
              table={{
                columns: [
                  { key: "direction", label: t("direction") },
                  { key: "from", label: t("from") },
                  { key: "to", label: t("to") },
                  { key: "moves", label: t("moves"), isNumeric: true },
                ],
                rows: moves.transitions.map((row) => ({
                  cells: {
                    direction: t(row.direction === "up" ? "up" : "down"),
                    from: tierName(row.fromName),
                    to: tierName(row.toName),
                    moves: count(row.moves),
                  },
                  raw: {
                    direction: row.direction,
                    from: row.from ?? "",
                    to: row.to ?? "",
                    moves: row.moves,
                  },
                })),
              }}
            />
          )}
        </div>
      </CardBody>
    </Card>
  );
}
