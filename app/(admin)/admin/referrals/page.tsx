import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { formatMoney } from "@/components/format/money";
import { withParams } from "@/components/navigation/with-params";
import { buttonClass } from "@/components/ui/button";
import { Card, CardBody } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { SelectField } from "@/components/ui/select-field";
import { referralStatuses } from "@/db/schema/referrals";
import { loadAdmin } from "../_data/load-admin";
import { ReferralStats } from "./_components/referral-stats";
import { ReferralsTable } from "./_components/referrals-table";

export default async function ReferralsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { caller, merchant } = await loadAdmin();
  if (!merchant) return null;
  const raw = await searchParams;
  const pick = (key: string) => (typeof raw[key] === "string" ? raw[key] || undefined : undefined);
  const status = referralStatuses.find((s) => s === pick("status"));
  const params = { status, page: pick("page") };
  const [t, locale, summary, list] = await Promise.all([
    getTranslations("Referrals"),
    getLocale(),
    caller.referrals.summary(),
    caller.referrals.list(params),
  ]);
  const money = (n: number) => formatMoney(n, merchant.currency, locale);
  const number = (n: number) => new Intl.NumberFormat(locale).format(n);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      {!summary.isProgramActive && (
        <Notice className="mb-4">
          {t("noProgram")}{" "}
          <Link href="/admin/programs/new" className="font-medium underline">
            {t("createProgram")}
          </Link>
        </Notice>
      )}
      <ReferralStats summary={summary} number={number} money={money} />
      <Card className="mb-4">
        <CardBody>
          <form
            method="get"
            aria-label={t("filter.label")}
            className="flex flex-wrap items-end gap-3"
          >
            <SelectField
              name="status"
              label={t("filter.status")}
              defaultValue={params.status ?? ""}
            >
              <option value="">{t("filter.anyStatus")}</option>
              {referralStatuses.map((s) => (
                <option key={s} value={s}>
                  {t(`status.${s}`)}
                </option>
              ))}
            </SelectField>
            <button type="submit" className={buttonClass({ size: "sm" })}>
              {t("filter.apply")}
            </button>
            <Link href="/admin/referrals" className={buttonClass({ variant: "ghost", size: "sm" })}>
              {t("filter.reset")}
            </Link>
          </form>
        </CardBody>
      </Card>
      {list.total === 0 ? (
        <Card>
          <CardBody className="space-y-2">
            <p className="font-medium text-slate-900">
              {params.status ? t("noMatches") : t("empty")}
            </p>
            {!params.status && (
              <p className="max-w-prose text-sm text-slate-600">{t("emptyHint")}</p>
            )}
          </CardBody>
        </Card>
      ) : (
        <>
          <ReferralsTable
            rows={list.rows}
            locale={locale}
            timezone={merchant.timezone}
            number={number}
            money={money}
          />
          <Pagination
            page={list.page}
            pageSize={list.pageSize}
            total={list.total}
            hrefFor={(page) => `/admin/referrals${withParams(params, { page })}`}
          />
        </>
      )}
    </>
  );
}
