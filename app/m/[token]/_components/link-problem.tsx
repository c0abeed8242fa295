import { getTranslations } from "next-intl/server";
import type { Locale } from "@/server/i18n/locales";
import { PageFrame } from "./page-frame";

/** A tampered, expired or revoked link: says what to do next and shows nothing of any member. */
export async function LinkProblem({
  locale,
  problem,
}: {
  locale: Locale;
  problem: "invalid" | "expired" | "revoked";
}) {
  const t = await getTranslations({ locale, namespace: "MemberPage.problem" });
  return (
    <PageFrame locale={locale}>
      <section className="rounded-2xl border border-slate-200 bg-white p-6 text-center shadow-sm">
        <h1 className="text-lg font-semibold text-slate-900">{t(`${problem}Title`)}</h1>
        <p className="mt-2 text-sm text-slate-600">{t(problem)}</p>
      </section>
    </PageFrame>
  );
}
