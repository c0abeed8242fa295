import { useLocale, useTranslations } from "next-intl";
import { formatMoney } from "@/components/format/money";
import { buttonClass } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Notice } from "@/components/ui/notice";

type Row = { partnerId: string; name: string; credits: number; points: number; value: number };

/** What each partner credited in the period, and what the store owes or charges for it. */
export function SettlementSection({
  period,
  currency,
  rows,
  isPeriodInvalid,
}: {
  period: { from: string; to: string };
  currency: string;
  rows: Row[];
  isPeriodInvalid: boolean;
}) {
  const t = useTranslations("Partners.settlement");
  const locale = useLocale();
  const number = new Intl.NumberFormat(locale);
  const csv = `/admin/partners/settlement?from=${period.from}&to=${period.to}`;
  return (
    <Card className="overflow-x-auto">
      <CardHeader
        title={t("title")}
        description={t("description")}
        action={
          <a href={csv} className={buttonClass({ variant: "secondary", size: "sm" })}>
            {t("csv")}
          </a>
        }
      />
      <CardBody className="space-y-4">
        {isPeriodInvalid && <Notice tone="error">{t("invalidPeriod")}</Notice>}
        <form method="get" className="flex flex-wrap items-end gap-3">
          <div className="space-y-1">
            <Label htmlFor="settlement-from">{t("from")}</Label>
            <Input id="settlement-from" type="date" name="from" defaultValue={period.from} />
          </div>
          <div className="space-y-1">
            <Label htmlFor="settlement-to">{t("to")}</Label>
            <Input id="settlement-to" type="date" name="to" defaultValue={period.to} />
          </div>
          <button type="submit" className={buttonClass({ variant: "secondary" })}>
            {t("show")}
          </button>
        </form>
        {rows.length === 0 ? (
          <p className="text-sm text-slate-600">{t("empty")}</p>
        ) : (
          <table className="w-full text-sm">
            <caption className="sr-only">{t("title")}</caption>
            <thead>
              <tr className="border-b border-slate-200 text-left text-xs text-slate-500">
                <th scope="col" className="py-2 pr-3 font-medium">
                  {t("partner")}
                </th>
                <th scope="col" className="px-3 py-2 text-right font-medium">
                  {t("credits")}
                </th>
                <th scope="col" className="px-3 py-2 text-right font-medium">
                  {t("points")}
                </th>
                <th scope="col" className="py-2 pl-3 text-right font-medium">
                  {t("value")}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.partnerId} className="border-b border-slate-100 last:border-0">
                  <th scope="row" className="py-2 pr-3 text-left font-medium">
                    {row.name}
                  </th>
                  <td className="px-3 py-2 text-right tabular-nums">
                    {number.format(row.credits)}
                  </td>
                  <td className="px-3 py-2 text-right tabular-nums">{number.format(row.points)}</td>
                  <td className="py-2 pl-3 text-right tabular-nums">
                    {formatMoney(row.value, currency, locale)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </CardBody>
    </Card>
  );
}
