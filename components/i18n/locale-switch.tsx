"use client";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useTransition } from "react";
import { cn } from "@/components/ui/cn";
import { type Locale, locales } from "@/server/i18n/locales";
import { setLocale } from "@/server/i18n/set-locale";

/** `shown`: the language the page is in, when it is not the reader's (a store's own page). */
export function LocaleSwitch({ shown }: { shown?: Locale } = {}) {
  const t = useTranslations("Common.locale");
  const detected = useLocale();
  const current = shown ?? detected;
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  return (
    <fieldset
      aria-label={t("label")}
      aria-busy={isPending || undefined}
      className="inline-flex rounded-md border border-slate-300 bg-white p-0.5 shadow-xs"
    >
      {locales.map((locale) => (
        <button
          key={locale}
          type="button"
          lang={locale}
          title={t(locale)}
          aria-pressed={locale === current}
          disabled={isPending}
          onClick={() =>
            startTransition(async () => {
              await setLocale(locale);
              router.refresh();
            })
          }
          className={cn(
            "h-7 rounded px-2 text-xs font-semibold",
            locale === current ? "bg-slate-900 text-white" : "text-slate-600 hover:bg-slate-100",
          )}
        >
          {locale.toUpperCase()}
        </button>
      ))}
    </fieldset>
  );
}
