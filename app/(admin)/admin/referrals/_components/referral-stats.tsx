import { getTranslations } from "next-intl/server";
import { Card, CardBody } from "@/components/ui/card";

type Summary = {
  codesShared: number;
  joined: number;
  firstOrders: number;
  rewarded: number;
  pointsPaid: number;
  referredRevenue: number;
  blocked: number;
};

/** The program's figures, in the order a referral travels: code, sign-up, order, reward. */
export async function ReferralStats({
  summary,
  number,
  money,
}: {
  summary: Summary;
  number: (n: number) => string;
  money: (n: number) => string;
}) {
  const t = await getTranslations("Referrals.stats");
  const figures = [
    ["codesShared", number(summary.codesShared)],
    ["joined", number(summary.joined)],
    ["firstOrders", number(summary.firstOrders)],
    ["rewarded", number(summary.rewarded)],
    ["pointsPaid", number(summary.pointsPaid)],
    ["referredRevenue", money(summary.referredRevenue)],
    ["blocked", number(summary.blocked)],
  ] as const;
  return (
    <Card className="mb-4">
      <CardBody>
        <dl aria-label={t("label")} className="grid gap-4 sm:grid-cols-3 lg:grid-cols-4">
          {figures.map(([key, value]) => (
            <div key={key}>
              <dt className="text-xs font-medium tracking-wide text-slate-500 uppercase">
                {t(key)}
              </dt>
              <dd className="mt-1 text-2xl font-semibold text-slate-900 tabular-nums">{value}</dd>
            </div>
          ))}
        </dl>
      </CardBody>
    </Card>
  );
}
