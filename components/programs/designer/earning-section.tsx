"use client";
import { useTranslations } from "next-intl";
import { BonusSection, type EarnRate } from "@/server/engine";
import { useDesigner } from "./designer-context";
import {
  ChoiceField,
  CountField,
  MoneyField,
  MultiplierField,
  PercentField,
  TextValueField,
  ToggleField,
} from "./fields";
import { ListEditor } from "./list-editor";
import { DesignerSection, FieldGrid } from "./section";

const defaultRates: Record<EarnRate["kind"], EarnRate> = {
  percent: { kind: "percent", percentBp: 500 },
  perAmount: { kind: "perAmount", points: 1, perAmount: 10_000 },
};

export function EarningSection() {
  const t = useTranslations("Designer.earning");
  const { config, update } = useDesigner();
  if (!("bonus" in config)) return null;
  const bonus = config.bonus;
  return (
    <DesignerSection title={t("title")} description={t("description")}>
      {config.type === "tiers" && (
        <ToggleField
          path={["bonus"]}
          label={t("enable")}
          checked={bonus !== null}
          onToggle={(on) => update(["bonus"], on ? BonusSection.parse({}) : null)}
        />
      )}
      {bonus && (
        <>
          <FieldGrid>
            <ChoiceField
              path={["bonus", "earn", "kind"]}
              label={t("rate")}
              options={[
                { value: "percent", label: t("ratePercent") },
                { value: "perAmount", label: t("ratePerAmount") },
              ]}
              onChoose={(kind) => update(["bonus", "earn"], defaultRates[kind as EarnRate["kind"]])}
            />
            {bonus.earn.kind === "percent" ? (
              <PercentField
                path={["bonus", "earn", "percentBp"]}
                label={t("percent")}
                hint={t("percentHint")}
              />
            ) : (
              <div className="grid grid-cols-2 gap-3">
                <CountField
                  path={["bonus", "earn", "points"]}
                  label={t("points")}
                  unit={t("pointsUnit")}
                />
                <MoneyField path={["bonus", "earn", "perAmount"]} label={t("perAmount")} />
              </div>
            )}
            <ChoiceField
              path={["bonus", "earnBase"]}
              label={t("base")}
              options={(
                ["afterDiscountsAndPoints", "afterDiscounts", "beforeDiscounts"] as const
              ).map((b) => ({
                value: b,
                label: t(`bases.${b}`),
              }))}
            />
            <ChoiceField
              path={["bonus", "rounding"]}
              label={t("rounding")}
              options={(["down", "halfUp", "halfEven", "up"] as const).map((r) => ({
                value: r,
                label: t(`roundings.${r}`),
              }))}
            />
            <MoneyField
              path={["bonus", "pointValue"]}
              label={t("pointValue")}
              hint={t("pointValueHint")}
            />
            <MoneyField
              path={["bonus", "minOrderAmount"]}
              label={t("minOrder")}
              hint={t("minOrderHint")}
            />
          </FieldGrid>
          <ListEditor<{ category: string; multiplierBp: number }>
            path={["bonus", "categoryMultipliers"]}
            itemLabel={(item, i) => item.category || t("multiplierN", { n: i + 1 })}
            addLabel={t("addMultiplier")}
            makeItem={() => ({ category: "", multiplierBp: 20_000 })}
            renderItem={(i) => (
              <FieldGrid>
                <TextValueField
                  path={["bonus", "categoryMultipliers", i, "category"]}
                  label={t("category")}
                />
                <MultiplierField
                  path={["bonus", "categoryMultipliers", i, "multiplierBp"]}
                  label={t("multiplier")}
                />
              </FieldGrid>
            )}
          />
        </>
      )}
    </DesignerSection>
  );
}
