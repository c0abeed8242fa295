"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";

const sections = [
  { key: "dashboard", href: "/admin" },
  { key: "programs", href: "/admin/programs" },
  { key: "members", href: "/admin/members" },
  { key: "orders", href: "/admin/orders" },
  { key: "referrals", href: "/admin/referrals" },
  { key: "campaigns", href: "/admin/campaigns" },
  { key: "partners", href: "/admin/partners" },
  { key: "integration", href: "/admin/integration" },
  { key: "settings", href: "/admin/settings" },
] as const;

function isActive(pathname: string, href: string) {
  return href === "/admin" ? pathname === href : pathname.startsWith(href);
}

export function AdminNav() {
  const t = useTranslations("Admin.nav");
  const pathname = usePathname();
  return (
    <nav aria-label={t("label")} className="px-3 pb-3 lg:pb-6">
      <ul className="flex gap-1 overflow-x-auto lg:flex-col">
        {sections.map(({ key, href }) => {
          const isCurrent = isActive(pathname, href);
          return (
            <li key={key}>
              <Link
                href={href}
                aria-current={isCurrent ? "page" : undefined}
                className={cn(
                  "flex h-9 items-center rounded-md px-3 text-sm font-medium whitespace-nowrap",
                  isCurrent
                    ? "bg-brand-50 text-brand-700"
                    : "text-slate-600 hover:bg-slate-100 hover:text-slate-900",
                )}
              >
                {t(key)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
