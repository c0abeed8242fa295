import { getLocale, getTranslations } from "next-intl/server";
import { formatMoney } from "@/components/format/money";
import { Card, CardBody } from "@/components/ui/card";
import type { getServerCaller } from "@/server/api/server-caller";
import type { DashboardFilters } from "@/server/services/analytics/dashboard-input";
import { EconomicsSection } from "./economics-section";
import { FreshnessBar } from "./freshness-bar";
import { MembersSection } from "./members-section";
import { PointsSection } from "./points-section";
import { RetentionSection } from "./retention-section";

type Caller = Awaited<ReturnType<typeof getServerCaller>>;

/** Every dashboard query in parallel; streamed in behind a skeleton by the page's Suspense. */
export async function Dashboard({
  caller,
  input,
  currency,
  timezone,
  programs,
}: {
  caller: Caller;
  input: DashboardFilters;
  programs: { id: string; name: string }[];
  currency: string;
  timezone: string;
}) {
  const [
    t,
    locale,
    freshness,
    members,
    behaviour,
    retention,
    cohorts,
    points,
    tiers,
    moves,
    economics,
  ] = await Promise.all([
    getTranslations("Dashboard"),
    getLocale(),
    caller.analytics.freshness(),
    caller.analytics.members(input),
    caller.analytics.behaviour(input),
    caller.analytics.retention(input),
    caller.analytics.cohorts(input),
    caller.analytics.points(input),
    caller.analytics.tiers(),
    caller.analytics.tierMoves(input),
    caller.analytics.economics(input),
  ]);
  const money = (minor: number | null) =>
    minor === null ? "—" : formatMoney(minor, currency, locale);
  const asOf = freshness.refreshedAt
    ? new Intl.DateTimeFormat(locale, {
        dateStyle: "short",
        timeStyle: "short",
        timeZone: timezone,
      }).format(freshness.refreshedAt)
    : null;
  const program = programs.find((p) => p.id === input.program);
  const isEmpty = members.current.total === 0 && behaviour.current.guests.orders === 0;
  return (
    <div className="space-y-6">
      <FreshnessBar asOf={asOf} />
      {isEmpty ? (
        <Card>
          <CardBody className="space-y-2">
            <p className="font-medium text-slate-900">{t("emptyTitle")}</p>
            <p className="max-w-prose text-sm text-slate-600">
              {freshness.refreshedAt ? t("emptyHint") : t("notBuiltHint")}
            </p>
          </CardBody>
        </Card>
      ) : (
        <>
          <MembersSection
            members={members}
            behaviour={behaviour}
            tier={input.tier}
            program={program}
            locale={locale}
            money={money}
          />
          <RetentionSection
            retention={retention}
            cohorts={cohorts}
            tier={input.tier}
            program={program?.id}
            locale={locale}
          />
          <PointsSection
            points={points}
            programName={program?.name}
            locale={locale}
            money={money}
          />
          <EconomicsSection
            economics={economics}
            tiers={tiers}
            moves={moves}
            range={{ from: input.from, to: input.to, tier: input.tier }}
            programName={program?.name}
            locale={locale}
            money={money}
          />
        </>
      )}
    </div>
  );
}

export function DashboardSkeleton() {
  return (
    <div className="space-y-6" aria-busy="true">
      {[0, 1, 2].map((i) => (
        <div
          key={i}
          className="h-40 animate-pulse rounded-xl border border-slate-200 bg-slate-100"
        />
      ))}
    </div>
  );
}
