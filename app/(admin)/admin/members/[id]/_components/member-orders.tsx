import { useTranslations } from "next-intl";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";

type Order = {
  id: string;
  externalId: string;
  status: string;
  date: string;
  total: string;
  discount: string;
  redeemed: string;
  earned: string;
};

export function MemberOrders({
  orders,
  total,
  memberId,
}: {
  orders: Order[];
  total: number;
  memberId: string;
}) {
  const t = useTranslations("Member.orders");
  const tStatus = useTranslations("Orders.status");
  return (
    <Card className="mt-6 overflow-x-auto">
      <CardHeader
        title={t("title")}
        description={t("description")}
        action={
          total > orders.length ? (
            <TextLink href={`/admin/orders?memberId=${memberId}`}>{t("all", { total })}</TextLink>
          ) : undefined
        }
      />
      {orders.length === 0 ? (
        <CardBody>
          <p className="text-sm text-slate-600">{t("empty")}</p>
        </CardBody>
      ) : (
        <table className="w-full text-sm">
          <caption className="sr-only">{t("title")}</caption>
          <thead>
            <tr className="border-b border-slate-200 text-left text-xs text-slate-500">
              <th scope="col" className="px-6 py-2 font-medium">
                {t("order")}
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                {t("date")}
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                {t("status")}
              </th>
              <th scope="col" className="px-3 py-2 text-right font-medium">
                {t("total")}
              </th>
              <th scope="col" className="px-3 py-2 text-right font-medium">
                {t("discount")}
              </th>
              <th scope="col" className="px-3 py-2 text-right font-medium">
                {t("redeemed")}
              </th>
              <th scope="col" className="px-6 py-2 text-right font-medium">
                {t("earned")}
              </th>
            </tr>
          </thead>
          <tbody>
            {orders.map((o) => (
              <tr key={o.id} className="border-b border-slate-100 last:border-0">
                <td className="px-6 py-2">
                  <TextLink href={`/admin/orders/${o.id}`}>{o.externalId}</TextLink>
                </td>
                <td className="px-3 py-2 whitespace-nowrap">{o.date}</td>
                <td className="px-3 py-2">{tStatus(o.status as "paid")}</td>
                <td className="px-3 py-2 text-right tabular-nums">{o.total}</td>
                <td className="px-3 py-2 text-right tabular-nums">{o.discount}</td>
                <td className="px-3 py-2 text-right tabular-nums">{o.redeemed}</td>
                <td className="px-6 py-2 text-right tabular-nums">{o.earned}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Card>
  );
}
