"use client";
import { useTranslations } from "next-intl";
import { authClient } from "@/components/auth/auth-client";
import { Menu, MenuItem, MenuSeparator } from "@/components/ui/menu";

export function UserMenu({ name, email }: { name: string; email: string }) {
  const t = useTranslations("Admin.userMenu");
  return (
    <Menu
      align="end"
      summaryLabel={t("label", { email })}
      summary={
        <>
          <span
            aria-hidden="true"
            className="grid size-8 place-items-center rounded-full bg-slate-900 text-xs font-semibold text-white"
          >
            {name.slice(0, 1).toUpperCase()}
          </span>
          <span className="hidden max-w-40 truncate sm:inline">{name}</span>
        </>
      }
    >
      <div className="px-3 py-2">
        <p className="truncate text-sm font-medium text-slate-900">{name}</p>
        <p className="truncate text-xs text-slate-500">{email}</p>
      </div>
      <MenuSeparator />
      <MenuItem
        onClick={async () => {
          await authClient.signOut();
          window.location.assign("/sign-in");
        }}
      >
        {t("signOut")}
      </MenuItem>
    </Menu>
  );
}
