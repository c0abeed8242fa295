import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDate } from "@/components/format/date";
import { formatMoney } from "@/components/format/money";
import { withParams } from "@/components/navigation/with-params";
import { buttonClass } from "@/components/ui/button";
import { Card, CardBody } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { canWrite } from "@/server/auth/roles";
import { loadAdmin } from "../_data/load-admin";
import { MembersFilter } from "./_components/members-filter";
import { type MemberRow, MembersTable } from "./_components/members-table";

const filterKeys = [
  "q",
  "tier",
  "balanceMin",
  "balanceMax",
  "lastOrderAfter",
  "lastOrderBefore",
  "lapsedDays",
  "joinedFrom",
  "joinedTo",
  "isBlocked",
  "joinedMonth",
  "firstOrderMonth",
  "boughtMonth",
  "program",
  "tierMove",
  "movedFrom",
  "movedTo",
] as const;

export default async function MembersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { caller, merchant } = await loadAdmin();
  if (!merchant) return null;
  const raw = await searchParams;
  const params: Record<string, string | undefined> = {};
  for (const key of [...filterKeys, "sort", "dir", "page"]) {
    const value = raw[key];
    params[key] = typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
  }
  const [t, locale, list, tiers] = await Promise.all([
    getTranslations("Members"),
    getLocale(),
    caller.members.list(params),
    caller.members.tierLevels(),
  ]);
  const tierName = new Map(tiers.map((tier) => [tier.id, tier.name]));
  const date = (d: Date | null) => (d ? formatDate(d, locale, merchant.timezone) : "—");
  const rows: MemberRow[] = list.rows.map((m) => ({
    id: m.id,
    name: m.name || m.externalId,
    contact: [m.email, m.phone].filter(Boolean).join(" · "),
    externalId: m.externalId,
    tier: m.tier ? (tierName.get(m.tier) ?? m.tier) : "—",
    available: new Intl.NumberFormat(locale).format(m.available),
    spent: formatMoney(m.totalSpent, merchant.currency, locale),
    orders: m.ordersCount,
    lastOrder: date(m.lastOrderAt),
    joined: date(m.joinedAt),
    isBlocked: m.isBlocked,
  }));
  const filter = Object.fromEntries(filterKeys.map((k) => [k, params[k]]));
  const state = { ...filter, sort: params.sort, dir: params.dir };
  const sortLink = (sort: string) => {
    const isCurrent = list.sort === sort;
    const dir = isCurrent && list.dir === "desc" ? "asc" : "desc";
    return {
      href: `/admin/members${withParams(state, { sort, dir, page: undefined })}`,
      direction: (isCurrent ? (list.dir === "asc" ? "ascending" : "descending") : "none") as
        | "ascending"
        | "descending"
        | "none",
    };
  };
  const hasFilter = filterKeys.some((k) => params[k] !== undefined);
  return (
    <>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <PageHeader title={t("title")} description={t("description")} />
        {canWrite(merchant.role) && (
          <Link href="/admin/members/import" className={buttonClass({ variant: "secondary" })}>
            {t("import")}
          </Link>
        )}
      </div>
      <MembersFilter filter={state} tiers={tiers} />
      {list.total === 0 ? (
        <Card>
          <CardBody className="space-y-2">
            <p className="font-medium text-slate-900">{hasFilter ? t("noMatches") : t("empty")}</p>
            <p className="max-w-prose text-sm text-slate-600">
              {hasFilter ? t("noMatchesHint") : t("emptyHint")}
            </p>
          </CardBody>
        </Card>
      ) : (
        <>
          <MembersTable
            rows={rows}
            exportAllHref={`/admin/members/export${withParams(filter, {})}`}
            columns={[
              { key: "name", label: t("columns.name"), sort: "name" },
              { key: "externalId", label: t("columns.externalId") },
              { key: "tier", label: t("columns.tier") },
              { key: "balance", label: t("columns.balance"), sort: "balance", isNumeric: true },
              { key: "spent", label: t("columns.spent"), sort: "spent", isNumeric: true },
              { key: "orders", label: t("columns.orders"), sort: "orders", isNumeric: true },
              { key: "lastOrder", label: t("columns.lastOrder"), sort: "lastOrder" },
              { key: "joined", label: t("columns.joined"), sort: "joined" },
            ]}
            sortLinks={Object.fromEntries(
              ["name", "balance", "spent", "orders", "lastOrder", "joined"].map((s) => [
                s,
                sortLink(s),
              ]),
            )}
          />
          <Pagination
            page={list.page}
            pageSize={list.pageSize}
            total={list.total}
            hrefFor={(page) => `/admin/members${withParams(state, { page })}`}
          />
        </>
      )}
    </>
  );
}
