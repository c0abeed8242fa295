import { useLocale, useTranslations } from "next-intl";
import { formatMoney } from "@/components/format/money";
import { TierProgressBar } from "@/components/members/tier-progress-bar";
import { Card, CardBody, CardHeader } from "@/components/ui/card";

type Tier = {
  programName: string;
  value: number;
  current: { name: string; threshold: number } | null;
  next: { name: string; threshold: number } | null;
  remaining: number;
  downgradeAt: Date | null;
} | null;

export function TierCard({
  tier,
  storedTier,
  money,
}: {
  tier: Tier;
  storedTier: string | null;
  money: string | null;
}) {
  const t = useTranslations("Member.tier");
  const locale = useLocale();
  const show = (n: number) =>
    money ? formatMoney(n, money, locale) : new Intl.NumberFormat(locale).format(n);
  if (!tier) {
    return (
      <Card>
        <CardHeader title={t("title")} />
        <CardBody>
          <p className="text-sm text-slate-600">
            {storedTier ? t("noProgramStored", { tier: storedTier }) : t("noProgram")}
          </p>
        </CardBody>
      </Card>
    );
  }
  return (
    <Card>
      <CardHeader title={t("title")} description={tier.programName} />
      <CardBody className="space-y-3">
        <p className="text-lg font-semibold text-slate-900">{tier.current?.name ?? "—"}</p>
        <p className="text-sm text-slate-600">{t("value", { value: show(tier.value) })}</p>
        {tier.next ? (
          <>
            <TierProgressBar
              tier={{ ...tier, next: tier.next }}
              label={t("progressLabel", { next: tier.next.name })}
            />
            <p className="text-sm text-slate-700">
              {t("toNext", { remaining: show(tier.remaining), next: tier.next.name })}
            </p>
          </>
        ) : (
          <p className="text-sm text-slate-700">{t("top")}</p>
        )}
        {tier.downgradeAt && (
          <p className="text-xs text-amber-700">
            {t("grace", {
              date: new Intl.DateTimeFormat(locale, { dateStyle: "medium" }).format(
                tier.downgradeAt,
              ),
            })}
          </p>
        )}
      </CardBody>
    </Card>
  );
}
