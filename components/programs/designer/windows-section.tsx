"use client";
import { useTranslations } from "next-intl";
import type { TimeWindow } from "@/server/engine";
import { useDesigner } from "./designer-context";
import {
  CountField,
  DateField,
  MultiplierField,
  NamesField,
  PercentField,
  TimeField,
  ToggleField,
} from "./fields";
import { ListEditor, nextId } from "./list-editor";
import { DesignerSection, FieldGrid } from "./section";

const days = [1, 2, 3, 4, 5, 6, 7] as const;

export function WindowsSection() {
  const t = useTranslations("Designer.windows");
  const { config, update, canEdit, errorAt } = useDesigner();
  if (!("windows" in config)) return null;
  const birthday = config.birthday;
  return (
    <DesignerSection title={t("title")} description={t("description")}>
      <ListEditor<TimeWindow>
        path={["windows"]}
        itemLabel={(_, i) => t("windowN", { n: i + 1 })}
        addLabel={t("addWindow")}
        makeItem={(items) => ({
          id: nextId(items, "window"),
          weekdays: [6, 7],
          hours: null,
          dates: null,
          categories: [],
          discountBp: 0,
          earnMultiplierBp: 20_000,
        })}
        renderItem={(i, window) => (
          <>
            <fieldset>
              <legend className="mb-1.5 text-sm font-medium text-slate-700">{t("weekdays")}</legend>
              <div className="flex flex-wrap gap-3">
                {days.map((d) => (
                  <label key={d} className="flex items-center gap-1.5 text-sm">
                    <input
                      type="checkbox"
                      className="size-4 accent-brand-700"
                      disabled={!canEdit}
                      checked={window.weekdays.includes(d)}
                      onChange={(e) =>
                        update(
                          ["windows", i, "weekdays"],
                          e.target.checked
                            ? [...window.weekdays, d].sort()
                            : window.weekdays.filter((x) => x !== d),
                        )
                      }
                    />
                    {t(`day${d}`)}
                  </label>
                ))}
              </div>
              {errorAt(["windows", i, "weekdays"]) && (
                <p className="mt-1 text-xs font-medium text-red-700">
                  {errorAt(["windows", i, "weekdays"])}
                </p>
              )}
            </fieldset>
            <ToggleField
              path={["windows", i, "hours"]}
              label={t("hours")}
              checked={window.hours !== null}
              onToggle={(on) =>
                update(["windows", i, "hours"], on ? { from: "10:00", to: "14:00" } : null)
              }
            />
            {window.hours && (
              <FieldGrid>
                <TimeField path={["windows", i, "hours", "from"]} label={t("from")} />
                <TimeField path={["windows", i, "hours", "to"]} label={t("to")} />
              </FieldGrid>
            )}
            <ToggleField
              path={["windows", i, "dates"]}
              label={t("dates")}
              checked={window.dates !== null}
              onToggle={(on) => {
                const today = new Date().toISOString().slice(0, 10);
                update(["windows", i, "dates"], on ? { from: today, to: today } : null);
              }}
            />
            {window.dates && (
              <FieldGrid>
                <DateField path={["windows", i, "dates", "from"]} label={t("dateFrom")} />
                <DateField path={["windows", i, "dates", "to"]} label={t("dateTo")} />
              </FieldGrid>
            )}
            <FieldGrid>
              <PercentField path={["windows", i, "discountBp"]} label={t("discount")} />
              <MultiplierField
                path={["windows", i, "earnMultiplierBp"]}
                label={t("multiplier")}
                hint={t("multiplierHint")}
              />
            </FieldGrid>
            <NamesField
              path={["windows", i, "categories"]}
              label={t("categories")}
              hint={t("categoriesHint")}
            />
          </>
        )}
      />
      {errorAt(["windows"]) && (
        <p className="text-xs font-medium text-red-700">{errorAt(["windows"])}</p>
      )}
      <fieldset className="space-y-3 border-t border-slate-100 pt-4">
        <legend className="text-sm font-semibold text-slate-900">{t("birthday")}</legend>
        <ToggleField
          path={["birthday"]}
          label={t("birthdayEnable")}
          checked={birthday !== null}
          onToggle={(on) =>
            update(
              ["birthday"],
              on
                ? {
                    windowDays: 7,
                    earnMultiplierBp: 20_000,
                    discountBp: 0,
                    spendOnlyInWindow: false,
                  }
                : null,
            )
          }
        />
        {birthday && (
          <>
            <div className="grid gap-4 sm:grid-cols-3">
              <CountField
                path={["birthday", "windowDays"]}
                label={t("birthdayDays")}
                unit={t("daysUnit")}
              />
              <MultiplierField path={["birthday", "earnMultiplierBp"]} label={t("multiplier")} />
              <PercentField path={["birthday", "discountBp"]} label={t("discount")} />
            </div>
            <ToggleField
              path={["birthday", "spendOnlyInWindow"]}
              label={t("spendOnly")}
              hint={t("spendOnlyHint")}
            />
          </>
        )}
      </fieldset>
    </DesignerSection>
  );
}
