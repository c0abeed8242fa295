import { getTranslations } from "next-intl/server";
import type { Locale } from "@/server/i18n/locales";

/** Groups of four, as printed on a card; the QR code holds the bare digits. */
export function groupCardNumber(cardNumber: string): string {
  return cardNumber.replace(/(\d{4})(?=\d)/g, "$1 ");
}

export async function LoyaltyCard({
  storeName,
  memberName,
  cardNumber,
  qrSvg,
  locale,
}: {
  storeName: string;
  memberName: string | null;
  cardNumber: string;
  qrSvg: string;
  locale: Locale;
}) {
  const t = await getTranslations({ locale, namespace: "MemberPage.card" });
  return (
    <section
      aria-labelledby="loyalty-card-title"
      className="rounded-2xl bg-gradient-to-br from-brand-700 to-brand-500 p-5 text-white shadow-md"
    >
      <div className="flex items-start justify-between gap-3">
        <div>
          <h2 id="loyalty-card-title" className="text-sm font-medium opacity-90">
            {t("title", { store: storeName })}
          </h2>
          {memberName && <p className="mt-1 text-lg font-semibold">{memberName}</p>}
        </div>
      </div>
      <div className="mt-4 flex flex-col items-center gap-3 rounded-xl bg-white p-4 text-slate-900">
        <div
          role="img"
          aria-label={t("qrLabel", { number: cardNumber })}
          className="h-44 w-44 [&>svg]:h-full [&>svg]:w-full"
          // The SVG comes from the qrcode library and encodes digits only: no markup of ours or the user's.
          // biome-ignore lint/security/noDangerouslySetInnerHtml: see above
          dangerouslySetInnerHTML={{ __html: qrSvg }}
        />
        <p className="text-xs text-slate-500">{t("numberLabel")}</p>
        <p className="font-mono text-xl font-semibold tracking-wider" data-testid="card-number">
          {groupCardNumber(cardNumber)}
        </p>
        <p className="text-center text-xs text-slate-500">{t("hint")}</p>
      </div>
    </section>
  );
}
