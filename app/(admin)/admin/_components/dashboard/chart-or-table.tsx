"use client";
import { useTranslations } from "next-intl";
import { type ReactNode, useState } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";

export type DataTable = {
  columns: { key: string; label: string; isNumeric?: boolean }[];
  /** What the table shows (formatted) and what the CSV holds (raw integers), row by row. */
  rows: { cells: Record<string, string>; raw: Record<string, string | number> }[];
};

/** A chart with its numbers: switch to the table, or download the table as CSV. */
export function ChartOrTable({
  name,
  table,
  children,
}: {
  name: string;
  table: DataTable;
  children?: ReactNode;
}) {
  const t = useTranslations("Dashboard.view");
  const [isTable, setIsTable] = useState(!children);
  const download = () => {
    const header = table.columns.map((c) => quote(c.key)).join(",");
    const lines = table.rows.map((r) =>
      table.columns.map((c) => quote(String(r.raw[c.key] ?? ""))).join(","),
    );
    const blob = new Blob([`${[header, ...lines].join("\r\n")}\r\n`], {
      type: "text/csv;charset=utf-8",
    });
    const link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = `${name}.csv`;
    link.click();
    URL.revokeObjectURL(link.href);
  };
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap justify-end gap-2">
        {children && (
          <Button variant="ghost" size="sm" onClick={() => setIsTable(!isTable)}>
            {isTable ? t("showChart") : t("showTable")}
          </Button>
        )}
        <Button variant="secondary" size="sm" onClick={download}>
          {t("csv")}
        </Button>
      </div>
      {isTable ? (
        <div className="overflow-x-auto">
          <table className="w-full text-sm">
            <thead>
              <tr className="border-b border-slate-200 text-left text-xs text-slate-500">
                {table.columns.map((c) => (
                  <th
                    key={c.key}
                    scope="col"
                    className={cn("px-2 py-1", c.isNumeric && "text-right")}
                  >
                    {c.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((r, i) => (
                <tr
                  key={table.columns.map((c) => r.raw[c.key]).join("|") || i}
                  className="border-b border-slate-100"
                >
                  {table.columns.map((c) => (
                    <td
                      key={c.key}
                      className={cn("px-2 py-1", c.isNumeric && "text-right tabular-nums")}
                    >
                      {r.cells[c.key]}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        children
      )}
    </div>
  );
}

function quote(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
