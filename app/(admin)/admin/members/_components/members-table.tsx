"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";

export type MemberRow = {
  id: string;
  name: string;
  contact: string;
  externalId: string;
  tier: string;
  available: string;
  spent: string;
  orders: number;
  lastOrder: string;
  joined: string;
  isBlocked: boolean;
};

type Column = { key: string; label: string; sort?: string; isNumeric?: boolean };

/** The page of members with row selection; export takes the selection or the whole filter. */
export function MembersTable({
  rows,
  columns,
  sortLinks,
  exportAllHref,
}: {
  rows: MemberRow[];
  columns: Column[];
  sortLinks: Record<string, { href: string; direction: "ascending" | "descending" | "none" }>;
  exportAllHref: string;
}) {
  const t = useTranslations("Members.table");
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const isAll = rows.length > 0 && rows.every((r) => selected.has(r.id));
  const toggle = (id: string) =>
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  return (
    <>
      <div className="mb-3 flex flex-wrap items-center gap-2">
        <a href={exportAllHref} className={buttonClass({ variant: "secondary", size: "sm" })}>
          {t("exportAll")}
        </a>
        {selected.size > 0 && (
          <a
            href={`/admin/members/export?ids=${[...selected].join(",")}`}
            className={buttonClass({ variant: "secondary", size: "sm" })}
          >
            {t("exportSelected", { count: selected.size })}
          </a>
        )}
      </div>
      <Card className="overflow-x-auto">
        <table className="w-full text-sm">
          <caption className="sr-only">{t("caption")}</caption>
          <thead>
            <tr className="border-b border-slate-200 text-left text-xs text-slate-500">
              <th scope="col" className="w-10 px-4 py-3">
                <input
                  type="checkbox"
                  aria-label={t("selectAll")}
                  className="size-4 accent-brand-700"
                  checked={isAll}
                  onChange={() => setSelected(isAll ? new Set() : new Set(rows.map((r) => r.id)))}
                />
              </th>
              {columns.map((c) => {
                const link = c.sort ? sortLinks[c.sort] : undefined;
                return (
                  <th
                    key={c.key}
                    scope="col"
                    aria-sort={link?.direction}
                    className={`px-3 py-3 font-medium whitespace-nowrap ${c.isNumeric ? "text-right" : ""}`}
                  >
                    {link ? (
                      <Link href={link.href} className="hover:text-slate-900 hover:underline">
                        {c.label}
                        {link.direction === "ascending"
                          ? " ↑"
                          : link.direction === "descending"
                            ? " ↓"
                            : ""}
                      </Link>
                    ) : (
                      c.label
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} className="border-b border-slate-100 last:border-0">
                <td className="px-4 py-2">
                  <input
                    type="checkbox"
                    aria-label={t("select", { name: r.name })}
                    className="size-4 accent-brand-700"
                    checked={selected.has(r.id)}
                    onChange={() => toggle(r.id)}
                  />
                </td>
                <td className="px-3 py-2">
                  <TextLink href={`/admin/members/${r.id}`}>{r.name}</TextLink>
                  {r.isBlocked && (
                    <span className="ml-2 rounded bg-red-50 px-1.5 text-xs text-red-700">
                      {t("blocked")}
                    </span>
                  )}
                  <div className="text-xs text-slate-500">{r.contact}</div>
                </td>
                <td className="px-3 py-2 text-slate-600">{r.externalId}</td>
                <td className="px-3 py-2">{r.tier}</td>
                <td className="px-3 py-2 text-right tabular-nums">{r.available}</td>
                <td className="px-3 py-2 text-right tabular-nums">{r.spent}</td>
                <td className="px-3 py-2 text-right tabular-nums">{r.orders}</td>
                <td className="px-3 py-2 whitespace-nowrap">{r.lastOrder}</td>
                <td className="px-3 py-2 whitespace-nowrap">{r.joined}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
    </>
  );
}
