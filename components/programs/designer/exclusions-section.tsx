"use client";
import { useTranslations } from "next-intl";
import { useDesigner } from "./designer-context";
import { NamesField, ToggleField } from "./fields";
import { DesignerSection, FieldGrid } from "./section";

/** What a rule skips: categories, SKUs and items already on sale, per benefit. */
export function ExclusionsSection() {
  const t = useTranslations("Designer.exclusions");
  const { config } = useDesigner();
  const targets: { base: "bonus" | "discount" | "cashback"; title: string }[] = [];
  if ("discount" in config && config.discount)
    targets.push({ base: "discount", title: t("discount") });
  if ("bonus" in config && config.bonus) targets.push({ base: "bonus", title: t("bonus") });
  if (config.type === "cashback") targets.push({ base: "cashback", title: t("cashback") });
  if (targets.length === 0) return null;
  return (
    <DesignerSection title={t("title")} description={t("description")}>
      {targets.map(({ base, title }) => (
        <fieldset key={base} className="space-y-3">
          <legend className="text-sm font-semibold text-slate-900">{title}</legend>
          <FieldGrid>
            <NamesField
              path={[base, "excludedCategories"]}
              label={t("categories")}
              hint={t("namesHint")}
            />
            <NamesField path={[base, "excludedSkus"]} label={t("skus")} hint={t("namesHint")} />
          </FieldGrid>
          <ToggleField path={[base, "excludeOnSale"]} label={t("onSale")} />
        </fieldset>
      ))}
    </DesignerSection>
  );
}
