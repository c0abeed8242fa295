import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Logo } from "@/components/brand/logo";
import { LocaleSwitch } from "@/components/i18n/locale-switch";
import { AdminNav } from "./_components/admin-nav";
import { NoStore } from "./_components/no-store";
import { StoreSwitcher } from "./_components/store-switcher";
import { UserMenu } from "./_components/user-menu";
import { loadAdmin } from "./_data/load-admin";

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const { user, merchant, stores } = await loadAdmin();
  const [t, tAdmin] = await Promise.all([getTranslations("Common"), getTranslations("Admin")]);
  if (!merchant) return <NoStore email={user.email} stores={stores} />;
  return (
    <div className="min-h-screen lg:grid lg:grid-cols-[15rem_1fr]">
      <a
        href="#content"
        className="sr-only rounded-md bg-white px-3 py-2 text-sm font-medium shadow focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50"
      >
        {tAdmin("skipToContent")}
      </a>
      <aside className="border-b border-slate-200 bg-white lg:border-r lg:border-b-0">
        <div className="flex h-16 items-center px-6">
          <Logo name={t("appName")} href="/admin" />
        </div>
        <AdminNav />
      </aside>
      <div className="flex min-w-0 flex-col">
        <header className="flex h-16 items-center justify-between gap-4 border-b border-slate-200 bg-white px-4 sm:px-6">
          <StoreSwitcher
            stores={stores}
            current={{ id: merchant.id, name: merchant.name, role: merchant.role }}
          />
          <div className="flex shrink-0 items-center gap-2">
            <LocaleSwitch />
            <UserMenu name={user.name} email={user.email} />
          </div>
        </header>
        <main id="content" className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 sm:px-6">
          {children}
        </main>
      </div>
    </div>
  );
}
