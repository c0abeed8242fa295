import { getLocale, getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { canWrite } from "@/server/auth/roles";
import { SettlementInput } from "@/server/services/partners/report-partner-settlement";
import { localDate } from "@/server/services/stats/local-date";
import { loadAdmin } from "../_data/load-admin";
import { PartnersSection } from "./_components/partners-section";
import { SettlementSection } from "./_components/settlement-section";

export default async function PartnersPage({
  searchParams,
}: {
  searchParams: Promise<{ from?: string; to?: string }>;
}) {
  const { caller, merchant } = await loadAdmin();
  if (!merchant) return null;
  const today = localDate(new Date(), merchant.timezone);
  const asked = SettlementInput.safeParse(await searchParams);
  const period = asked.success ? asked.data : { from: `${today.slice(0, 7)}-01`, to: today };
  const [t, locale, partners, report] = await Promise.all([
    getTranslations("Partners"),
    getLocale(),
    caller.partners.list(),
    caller.partners.settlement(period),
  ]);
  const canEdit = canWrite(merchant.role);
  const date = new Intl.DateTimeFormat(locale, {
    dateStyle: "medium",
    timeZone: merchant.timezone,
  });
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="space-y-6">
        {!canEdit && <Notice>{t("readOnly")}</Notice>}
        <PartnersSection
          canEdit={canEdit}
          partners={partners.map((p) => ({
            id: p.id,
            name: p.name,
            monthlyCap: p.monthlyCap,
            maskedKey: p.maskedKey,
            revokedOn: p.keyRevokedAt ? date.format(p.keyRevokedAt) : null,
          }))}
        />
        <SettlementSection
          period={period}
          currency={merchant.currency}
          rows={report}
          isPeriodInvalid={!asked.success && Object.keys(await searchParams).length > 0}
        />
      </div>
    </>
  );
}
