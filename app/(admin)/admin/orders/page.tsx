import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDate } from "@/components/format/date";
import { formatMoney } from "@/components/format/money";
import { withParams } from "@/components/navigation/with-params";
import { buttonClass } from "@/components/ui/button";
import { Card, CardBody } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { TextLink } from "@/components/ui/text-link";
import { orderStatuses } from "@/db/schema/orders";
import { loadAdmin } from "../_data/load-admin";

const keys = ["status", "from", "to", "q", "memberId", "page"] as const;

export default async function OrdersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { caller, merchant } = await loadAdmin();
  if (!merchant) return null;
  const raw = await searchParams;
  const params: Record<string, string | undefined> = {};
  for (const key of keys) {
    const value = raw[key];
    params[key] = typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
  }
  const [t, tStatus, locale, list] = await Promise.all([
    getTranslations("Orders"),
    getTranslations("Orders.status"),
    getLocale(),
    caller.orders.list(params),
  ]);
  const money = (n: number) => formatMoney(n, merchant.currency, locale);
  const number = (n: number) => new Intl.NumberFormat(locale).format(n);
  const hasFilter = keys.some((k) => k !== "page" && params[k]);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <Card className="mb-4">
        <CardBody>
          <form method="get" aria-label={t("filter.label")} className="space-y-4">
            {params.memberId && <input type="hidden" name="memberId" value={params.memberId} />}
            <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
              <TextField type="search" name="q" label={t("filter.q")} defaultValue={params.q} />
              <SelectField
                name="status"
                label={t("filter.status")}
                defaultValue={params.status ?? ""}
              >
                <option value="">{t("filter.anyStatus")}</option>
                {orderStatuses.map((s) => (
                  <option key={s} value={s}>
                    {tStatus(s)}
                  </option>
                ))}
              </SelectField>
              <TextField
                type="date"
                name="from"
                label={t("filter.from")}
                defaultValue={params.from}
              />
              <TextField type="date" name="to" label={t("filter.to")} defaultValue={params.to} />
            </div>
            <div className="flex flex-wrap items-center gap-2">
              <button type="submit" className={buttonClass({ size: "sm" })}>
                {t("filter.apply")}
              </button>
              <Link href="/admin/orders" className={buttonClass({ variant: "ghost", size: "sm" })}>
                {t("filter.reset")}
              </Link>
              {params.memberId && (
                <span className="text-sm text-slate-600">{t("filter.oneMember")}</span>
              )}
            </div>
          </form>
        </CardBody>
      </Card>
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
          <Card className="overflow-x-auto">
            <table className="w-full text-sm">
              <caption className="sr-only">{t("title")}</caption>
              <thead>
                <tr className="border-b border-slate-200 text-left text-xs text-slate-500">
                  <th scope="col" className="px-6 py-3 font-medium">
                    {t("columns.order")}
                  </th>
                  <th scope="col" className="px-3 py-3 font-medium">
                    {t("columns.date")}
                  </th>
                  <th scope="col" className="px-3 py-3 font-medium">
                    {t("columns.member")}
                  </th>
                  <th scope="col" className="px-3 py-3 font-medium">
                    {t("columns.status")}
                  </th>
                  <th scope="col" className="px-3 py-3 text-right font-medium">
                    {t("columns.total")}
                  </th>
                  <th scope="col" className="px-3 py-3 text-right font-medium">
                    {t("columns.redeemed")}
                  </th>
                  <th scope="col" className="px-6 py-3 text-right font-medium">
                    {t("columns.earned")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {list.rows.map((o) => (
                  <tr key={o.id} className="border-b border-slate-100 last:border-0">
                    <td className="px-6 py-2">
                      <TextLink href={`/admin/orders/${o.id}`}>
                        {o.externalId ?? t("unplaced")}
                      </TextLink>
                    </td>
                    <td className="px-3 py-2 whitespace-nowrap">
                      {formatDate(o.createdAt, locale, merchant.timezone)}
                    </td>
                    <td className="px-3 py-2">
                      <TextLink href={`/admin/members/${o.memberId}`}>
                        {o.memberName || o.memberExternalId}
                      </TextLink>
                    </td>
                    <td className="px-3 py-2">{tStatus(o.status)}</td>
                    <td className="px-3 py-2 text-right tabular-nums">{money(o.total)}</td>
                    <td className="px-3 py-2 text-right tabular-nums">
                      {number(o.redeemedPoints)}
                    </td>
                    <td className="px-6 py-2 text-right tabular-nums">{number(o.earnedPoints)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Card>
          <Pagination
            page={list.page}
            pageSize={list.pageSize}
            total={list.total}
            hrefFor={(page) => `/admin/orders${withParams(params, { page })}`}
          />
        </>
      )}
    </>
  );
}
