"use client";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { getIn, type Path } from "./config-path";
import { useDesigner } from "./designer-context";

/** Rows of a list in the config with add and remove; each row renders its own fields. */
export function ListEditor<T>({
  path,
  itemLabel,
  addLabel,
  makeItem,
  renderItem,
  minItems = 0,
}: {
  path: Path;
  itemLabel: (item: T, index: number) => string;
  addLabel: string;
  makeItem: (items: T[]) => T;
  renderItem: (index: number, item: T) => ReactNode;
  minItems?: number;
}) {
  const { config, update, canEdit, errorAt } = useDesigner();
  const t = useTranslations("Designer");
  const items = (getIn(config, path) as T[] | undefined) ?? [];
  const listError = errorAt(path);
  return (
    <div className="space-y-3">
      {items.map((item, index) => (
        <fieldset
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions in the config list
          key={index}
          className="rounded-lg border border-slate-200 p-4"
        >
          <legend className="px-1 text-sm font-medium text-slate-700">
            {itemLabel(item, index)}
          </legend>
          <div className="space-y-4">{renderItem(index, item)}</div>
          {canEdit && items.length > minItems && (
            <div className="mt-3 flex justify-end">
              <Button
                variant="ghost"
                size="sm"
                aria-label={`${t("remove")}: ${itemLabel(item, index)}`}
                onClick={() =>
                  update(
                    path,
                    items.filter((_, i) => i !== index),
                  )
                }
              >
                {t("remove")}
              </Button>
            </div>
          )}
        </fieldset>
      ))}
      {listError && <p className="text-xs font-medium text-red-700">{listError}</p>}
      {canEdit && (
        <Button
          variant="secondary"
          size="sm"
          onClick={() => update(path, [...items, makeItem(items)])}
        >
          + {addLabel}
        </Button>
      )}
    </div>
  );
}

/** The first `${prefix}-${n}` not used by any item. */
export function nextId(items: { id: string }[], prefix: string): string {
  const used = new Set(items.map((i) => i.id));
  let n = items.length + 1;
  while (used.has(`${prefix}-${n}`)) n++;
  return `${prefix}-${n}`;
}
