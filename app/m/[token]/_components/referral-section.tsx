import { getTranslations } from "next-intl/server";
import type { Locale } from "@/server/i18n/locales";
import { Panel } from "./panel";

/** The slot for the member's "bring a friend" link; rendered only when there is one. */
export async function ReferralSection({ url, locale }: { url: string; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "MemberPage.referral" });
  return (
    <Panel title={t("title")}>
      <p className="text-sm text-slate-600">{t("hint")}</p>
      <p className="mt-2 break-all rounded-lg bg-slate-50 p-2 font-mono text-sm">{url}</p>
    </Panel>
  );
}
