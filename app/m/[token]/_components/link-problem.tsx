import { getTranslations } from "next-intl/server";
import type { Locale } from "@/server/i18n/locales";
import { PageFrame } from "./page-frame";

/** A tampered, expired or stale link: says what to do next and shows nothing of any member. */
export async function LinkProblem({ locale, isExpired }: { locale: Locale; isExpired: boolean }) {
  const t = await getTranslations({ locale, namespace: "MemberPage.problem" });
  return (
    <PageFrame locale={locale}>
      <section className="rounded-2xl border border-slate-200 bg-white p-6 text-center shadow-sm">
        <h1 className="text-lg font-semibold text-slate-900">
          {isExpired ? t("expiredTitle") : t("invalidTitle")}
        </h1>
        <p className="mt-2 text-sm text-slate-600">{isExpired ? t("expired") : t("invalid")}</p>
      </section>
    </PageFrame>
  );
}
