import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DemoHint } from "@/components/auth/demo-hint";
import { Logo } from "@/components/brand/logo";
import { LocaleSwitch } from "@/components/i18n/locale-switch";
import { buttonClass } from "@/components/ui/button";

export default async function HomePage() {
  const [t, tCommon] = await Promise.all([getTranslations("Landing"), getTranslations("Common")]);
  return (
    <div className="mx-auto flex min-h-screen max-w-3xl flex-col px-6 py-8">
      <header className="flex items-center justify-between">
        <Logo name={tCommon("appName")} />
        <LocaleSwitch />
      </header>
      <main className="flex flex-1 flex-col justify-center gap-8 py-16">
        <div className="space-y-4">
          <p className="text-sm font-semibold text-brand-700">{tCommon("tagline")}</p>
          <h1 className="max-w-2xl text-4xl font-semibold tracking-tight text-balance text-slate-900">
            {t("title")}
          </h1>
          <p className="max-w-2xl text-lg text-slate-600">{t("lead")}</p>
        </div>
        <div className="flex flex-wrap gap-3">
          <Link href="/sign-up" className={buttonClass({ className: "h-11 px-5" })}>
            {t("createStore")}
          </Link>
          <Link
            href="/sign-in"
            className={buttonClass({ variant: "secondary", className: "h-11 px-5" })}
          >
            {t("signIn")}
          </Link>
        </div>
        <div className="max-w-md">
          <DemoHint />
        </div>
      </main>
    </div>
  );
}
