import { getTranslations } from "next-intl/server";
import type { Locale } from "@/server/i18n/locales";
import type { MemberPageData } from "@/server/services/member-page/read-member-page";
import { Panel } from "./panel";

type Club = MemberPageData["clubs"][number];

/** Each club the member has joined: until when, its discount, and its members-only offers. */
export async function ClubSection({
  club,
  timezone,
  locale,
}: {
  club: Club;
  timezone: string;
  locale: Locale;
}) {
  const t = await getTranslations({ locale, namespace: "MemberPage.club" });
  const date = (d: Date) =>
    new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: timezone }).format(d);
  const percent = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(
    club.discountBp / 100,
  );
  return (
    <Panel title={club.name}>
      {club.isActive ? (
        <>
          <p className="text-sm text-slate-700">
            {club.endsAt ? t("activeUntil", { date: date(club.endsAt) }) : t("activeForever")}
          </p>
          {club.discountBp > 0 && (
            <p className="mt-1 text-sm font-medium text-emerald-700">
              {t("discount", { percent })}
            </p>
          )}
          {club.offers.length > 0 && (
            <>
              <h3 className="mt-3 text-sm font-semibold text-slate-900">{t("offersTitle")}</h3>
              <ul className="mt-1 list-disc space-y-1 pl-5 text-sm text-slate-700">
                {club.offers.map((offer) => (
                  <li key={offer}>{offer}</li>
                ))}
              </ul>
            </>
          )}
        </>
      ) : (
        <p className="text-sm text-slate-700">
          {club.endsAt ? t("lapsed", { date: date(club.endsAt) }) : t("lapsedNoDate")}
        </p>
      )}
    </Panel>
  );
}
