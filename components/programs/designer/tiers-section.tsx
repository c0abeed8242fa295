"use client";
import { useTranslations } from "next-intl";
import type { TierLevel } from "@/server/engine";
import { useDesigner } from "./designer-context";
import { PeriodFields } from "./discount-section";
import {
  ChoiceField,
  CountField,
  MoneyField,
  NamesField,
  PercentField,
  TextValueField,
  ToggleField,
} from "./fields";
import { ListEditor, nextId } from "./list-editor";
import { DesignerSection, FieldGrid } from "./section";

export function TiersSection() {
  const t = useTranslations("Designer.tiers");
  const { config, update } = useDesigner();
  if (!("tiers" in config)) return null;
  const tiers = config.tiers;
  const isSpend = tiers?.metric !== "orders";
  return (
    <DesignerSection title={t("title")} description={t("description")}>
      {config.type === "combined" && (
        <ToggleField
          path={["tiers"]}
          label={t("enable")}
          checked={tiers !== null}
          onToggle={(on) =>
            update(
              ["tiers"],
              on
                ? {
                    metric: "spend",
                    period: { kind: "calendarMonth" },
                    graceDays: 30,
                    levels: [
                      {
                        id: "base",
                        name: t("baseName"),
                        threshold: 0,
                        discountBp: null,
                        earn: null,
                        freeShipping: false,
                        perks: [],
                      },
                    ],
                  }
                : null,
            )
          }
        />
      )}
      {tiers && (
        <>
          <FieldGrid>
            <ChoiceField
              path={["tiers", "metric"]}
              label={t("metric")}
              options={[
                { value: "spend", label: t("metricSpend") },
                { value: "orders", label: t("metricOrders") },
              ]}
            />
            <PeriodFields base={["tiers", "period"]} />
            <CountField
              path={["tiers", "graceDays"]}
              label={t("grace")}
              unit={t("daysUnit")}
              hint={t("graceHint")}
            />
          </FieldGrid>
          <ListEditor<TierLevel>
            path={["tiers", "levels"]}
            itemLabel={(level, i) => t("levelN", { n: i + 1, name: level.name })}
            addLabel={t("addLevel")}
            minItems={1}
            makeItem={(levels) => ({
              id: nextId(levels, "level"),
              name: t("newLevel", { n: levels.length + 1 }),
              threshold: (levels[levels.length - 1]?.threshold ?? 0) + (isSpend ? 1_000_000 : 5),
              discountBp: null,
              earn: null,
              freeShipping: false,
              perks: [],
            })}
            renderItem={(i) => (
              <>
                <FieldGrid>
                  <TextValueField path={["tiers", "levels", i, "name"]} label={t("levelName")} />
                  {isSpend ? (
                    <MoneyField
                      path={["tiers", "levels", i, "threshold"]}
                      label={t("thresholdSpend")}
                      hint={t("thresholdHint")}
                    />
                  ) : (
                    <CountField
                      path={["tiers", "levels", i, "threshold"]}
                      label={t("thresholdOrders")}
                      unit={t("ordersUnit")}
                    />
                  )}
                  <PercentField
                    path={["tiers", "levels", i, "discountBp"]}
                    label={t("levelDiscount")}
                    isNullable
                    hint={t("levelDiscountHint")}
                  />
                  <NamesField
                    path={["tiers", "levels", i, "perks"]}
                    label={t("perks")}
                    hint={t("perksHint")}
                  />
                </FieldGrid>
                <ToggleField
                  path={["tiers", "levels", i, "freeShipping"]}
                  label={t("freeShipping")}
                />
              </>
            )}
          />
        </>
      )}
    </DesignerSection>
  );
}
