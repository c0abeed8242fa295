import { useTranslations } from "next-intl";
import { withParams } from "@/components/navigation/with-params";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import type { compareBehaviour } from "@/server/services/analytics/compare-behaviour";
import type { summarizeMembers } from "@/server/services/analytics/summarize-members";
import { ChartOrTable } from "./chart-or-table";
import { changeBp, formatCentis, formatCount, formatShare } from "./format-figures";
import { Kpi } from "./kpi";

type Props = {
  members: Awaited<ReturnType<typeof summarizeMembers>>;
  behaviour: Awaited<ReturnType<typeof compareBehaviour>>;
  tier?: string;
  program?: { id: string; name: string };
  locale: string;
  money: (minor: number | null) => string;
};

/** Members at a glance, then members beside non-members. */
export function MembersSection({ members, behaviour, tier, program, locale, money }: Props) {
  const scope = { tier, program: program?.id };
  const t = useTranslations("Dashboard.members");
  const { current, previous } = members;
  const count = (n: number) => formatCount(n, locale);
  const lapsedHref = `/admin/members${withParams(scope, { lapsedDays: members.lapsedDays })}`;
  const rows = [
    [
      "frequency",
      (b: typeof behaviour.current.members) => formatCentis(b.frequencyCentis, locale),
      "frequencyCentis",
    ],
    [
      "averageOrder",
      (b: typeof behaviour.current.members) => money(b.averageOrder),
      "averageOrder",
    ],
    [
      "revenuePerCustomer",
      (b: typeof behaviour.current.members) => money(b.revenuePerCustomer),
      "revenuePerCustomer",
    ],
    ["customers", (b: typeof behaviour.current.members) => count(b.customers), "customers"],
    ["orders", (b: typeof behaviour.current.members) => count(b.orders), "orders"],
    ["revenue", (b: typeof behaviour.current.members) => money(b.revenue), "revenue"],
  ] as const;
  return (
    <>
      <Card>
        <CardHeader
          title={t("title")}
          description={
            [
              tier ? t("tierNote", { tier }) : null,
              program ? t("programNote", { program: program.name }) : null,
            ]
              .filter(Boolean)
              .join(" · ") || undefined
          }
        />
        <CardBody>
          <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
            <Kpi
              label={t("total")}
              value={count(current.total)}
              previous={count(previous.total)}
              change={changeBp(current.total, previous.total)}
              locale={locale}
              href={`/admin/members${withParams(scope, {})}`}
            />
            <Kpi
              label={t("joined")}
              value={count(current.joined)}
              previous={count(previous.joined)}
              change={changeBp(current.joined, previous.joined)}
              locale={locale}
            />
            <Kpi
              label={t("active")}
              value={count(current.active)}
              previous={count(previous.active)}
              change={changeBp(current.active, previous.active)}
              locale={locale}
            />
            <Kpi
              label={t("lapsed", { days: members.lapsedDays })}
              value={count(members.lapsed)}
              locale={locale}
              href={lapsedHref}
              hint={t("lapsedHint")}
            />
            <Kpi
              label={t("revenueShare")}
              value={formatShare(current.revenueShareBp, locale)}
              previous={formatShare(previous.revenueShareBp, locale)}
              locale={locale}
            />
          </div>
        </CardBody>
      </Card>
      <Card>
        <CardHeader title={t("behaviourTitle")} description={t("behaviourHint")} />
        <CardBody>
          <ChartOrTable
            name="behaviour"
            table={{
              columns: [
                { key: "metric", label: t("metric") },
                { key: "members", label: t("membersColumn"), isNumeric: true },
                { key: "guests", label: t("guestsColumn"), isNumeric: true },
                { key: "membersBefore", label: t("membersBefore"), isNumeric: true },
                { key: "guestsBefore", label: t("guestsBefore"), isNumeric: true },
              ],
              rows: rows.map(([key, show, raw]) => ({
                cells: {
                  metric: t(`behaviour.${key}`),
                  members: show(behaviour.current.members),
                  guests: show(behaviour.current.guests),
                  membersBefore: show(behaviour.previous.members),
                  guestsBefore: show(behaviour.previous.guests),
                },
                raw: {
                  metric: key,
                  members: behaviour.current.members[raw] ?? "",
                  guests: behaviour.current.guests[raw] ?? "",
                  membersBefore: behaviour.previous.members[raw] ?? "",
                  guestsBefore: behaviour.previous.guests[raw] ?? "",
                },
              })),
            }}
          />
        </CardBody>
      </Card>
    </>
  );
}
