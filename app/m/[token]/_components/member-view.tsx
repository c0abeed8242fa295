import { getTranslations } from "next-intl/server";
import type { Locale } from "@/server/i18n/locales";
import type { MemberPageData } from "@/server/services/member-page/read-member-page";
import { BalanceSection } from "./balance-section";
import { ClubSection } from "./club-section";
import { HistorySection } from "./history-section";
import { LoyaltyCard } from "./loyalty-card";
import { PageFrame } from "./page-frame";
import { ReferralSection } from "./referral-section";
import { TierSection } from "./tier-section";

/** The member's own page; `referralUrl` is shown only when the store's program gives one. */
export async function MemberView({
  page,
  locale,
  referralUrl = null,
}: {
  page: MemberPageData;
  locale: Locale;
  referralUrl?: string | null;
}) {
  const t = await getTranslations({ locale, namespace: "MemberPage" });
  const { store, member } = page;
  return (
    <PageFrame locale={locale}>
      <h1 className="text-xl font-semibold text-slate-900">
        {member.name ? t("greeting", { name: member.name }) : t("title")}
      </h1>
      <LoyaltyCard
        storeName={store.name}
        memberName={member.name}
        cardNumber={member.cardNumber}
        qrSvg={page.card.qrSvg}
        locale={locale}
      />
      <BalanceSection page={page} locale={locale} />
      {page.tier && <TierSection tier={page.tier} currency={store.currency} locale={locale} />}
      {page.clubs.map((club) => (
        <ClubSection key={club.programId} club={club} timezone={store.timezone} locale={locale} />
      ))}
      {referralUrl && <ReferralSection url={referralUrl} locale={locale} />}
      <HistorySection page={page} locale={locale} />
      <p className="text-center text-xs text-slate-500">
        {t("linkExpires", {
          date: new Intl.DateTimeFormat(locale, {
            dateStyle: "medium",
            timeZone: store.timezone,
          }).format(page.expiresAt),
        })}
      </p>
    </PageFrame>
  );
}
