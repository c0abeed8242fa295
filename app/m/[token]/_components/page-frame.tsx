import type { ReactNode } from "react";
import { LocaleSwitch } from "@/components/i18n/locale-switch";
import type { Locale } from "@/server/i18n/locales";

/** One narrow column: the page is opened from a phone far more often than from a desk. */
export function PageFrame({ locale, children }: { locale: Locale; children: ReactNode }) {
  return (
    <div lang={locale} className="mx-auto flex min-h-screen max-w-md flex-col gap-4 px-4 py-6">
      <div className="flex justify-end">
        <LocaleSwitch shown={locale} />
      </div>
      <main className="flex flex-col gap-4">{children}</main>
    </div>
  );
}
