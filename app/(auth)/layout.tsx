import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Logo } from "@/components/brand/logo";
import { LocaleSwitch } from "@/components/i18n/locale-switch";

export default async function AuthLayout({ children }: { children: ReactNode }) {
  const t = await getTranslations("Common");
  return (
    <div className="mx-auto flex min-h-screen w-full max-w-md flex-col px-4 py-8">
      <header className="mb-8 flex items-center justify-between">
        <Logo name={t("appName")} />
        <LocaleSwitch />
      </header>
      <main className="flex-1">{children}</main>
    </div>
  );
}
