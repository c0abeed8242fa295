"use client";
import { useTranslations } from "next-intl";
import { type DiscountRule, DiscountSection as DiscountSchema } from "@/server/engine";
import { useDesigner } from "./designer-context";
import { ChoiceField, CountField, MoneyField, PercentField, ToggleField } from "./fields";
import { ListEditor } from "./list-editor";
import { DesignerSection, FieldGrid } from "./section";

const defaultRules: Record<DiscountRule["kind"], DiscountRule> = {
  fixed: { kind: "fixed", percentBp: 500 },
  orderAmount: {
    kind: "orderAmount",
    brackets: [
      { min: 0, percentBp: 300 },
      { min: 500_000, percentBp: 500 },
    ],
  },
  cumulative: {
    kind: "cumulative",
    period: { kind: "lifetime" },
    brackets: [
      { min: 0, percentBp: 300 },
      { min: 1_500_000, percentBp: 500 },
    ],
  },
};

export function DiscountSection() {
  const t = useTranslations("Designer.discount");
  const { config, update } = useDesigner();
  if (!("discount" in config)) return null;
  const discount = config.discount;
  const isOptional = config.type === "tiers";
  return (
    <DesignerSection title={t("title")} description={t("description")}>
      {isOptional && (
        <ToggleField
          path={["discount"]}
          label={t("enable")}
          checked={discount !== null}
          onToggle={(on) =>
            update(["discount"], on ? DiscountSchema.parse({ rule: defaultRules.fixed }) : null)
          }
        />
      )}
      {discount && (
        <>
          <FieldGrid>
            <ChoiceField
              path={["discount", "rule", "kind"]}
              label={t("rule")}
              options={(["fixed", "orderAmount", "cumulative"] as const).map((k) => ({
                value: k,
                label: t(`rules.${k}`),
              }))}
              onChoose={(kind) =>
                update(["discount", "rule"], defaultRules[kind as DiscountRule["kind"]])
              }
            />
            {discount.rule.kind === "fixed" && (
              <PercentField path={["discount", "rule", "percentBp"]} label={t("percent")} />
            )}
            {discount.rule.kind === "cumulative" && (
              <PeriodFields base={["discount", "rule", "period"]} />
            )}
          </FieldGrid>
          {discount.rule.kind !== "fixed" && (
            <ListEditor<{ min: number; percentBp: number }>
              path={["discount", "rule", "brackets"]}
              itemLabel={(_, i) => t("bracket", { n: i + 1 })}
              addLabel={t("addBracket")}
              minItems={1}
              makeItem={(items) => ({
                min: (items[items.length - 1]?.min ?? 0) + 500_000,
                percentBp: (items[items.length - 1]?.percentBp ?? 0) + 100,
              })}
              renderItem={(i) => (
                <FieldGrid>
                  <MoneyField
                    path={["discount", "rule", "brackets", i, "min"]}
                    label={discount.rule.kind === "cumulative" ? t("fromSpent") : t("fromOrder")}
                  />
                  <PercentField
                    path={["discount", "rule", "brackets", i, "percentBp"]}
                    label={t("percent")}
                  />
                </FieldGrid>
              )}
            />
          )}
          <ChoiceField
            path={["discount", "rounding"]}
            label={t("rounding")}
            options={(["down", "halfUp", "halfEven", "up"] as const).map((r) => ({
              value: r,
              label: t(`roundings.${r}`),
            }))}
          />
        </>
      )}
    </DesignerSection>
  );
}

export function PeriodFields({ base }: { base: readonly (string | number)[] }) {
  const t = useTranslations("Designer.period");
  const { config, update } = useDesigner();
  let period: unknown = config;
  for (const key of base) period = (period as Record<string | number, unknown> | null)?.[key];
  const kind = (period as { kind?: string } | null)?.kind;
  return (
    <>
      <ChoiceField
        path={[...base, "kind"]}
        label={t("label")}
        options={(["calendarMonth", "rollingDays", "lifetime"] as const).map((k) => ({
          value: k,
          label: t(k),
        }))}
        onChoose={(next) =>
          update(base, next === "rollingDays" ? { kind: next, days: 90 } : { kind: next })
        }
      />
      {kind === "rollingDays" && (
        <CountField path={[...base, "days"]} label={t("days")} unit={t("daysUnit")} />
      )}
    </>
  );
}
