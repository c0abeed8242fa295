"use client";
import { useTranslations } from "next-intl";
import { useDesigner } from "./designer-context";
import { CountField, ToggleField } from "./fields";
import { DesignerSection, FieldGrid } from "./section";

export function ExpirySection() {
  const t = useTranslations("Designer.expiry");
  const { config, update } = useDesigner();
  if (!("bonus" in config) || !config.bonus) return null;
  const { expiryDays } = config.bonus;
  return (
    <DesignerSection title={t("title")} description={t("description")}>
      <FieldGrid>
        <CountField
          path={["bonus", "activationDelayDays"]}
          label={t("activation")}
          unit={t("daysUnit")}
          hint={t("activationHint")}
        />
        <div className="space-y-3">
          <ToggleField
            path={["bonus", "expiryDays"]}
            label={t("expires")}
            checked={expiryDays !== null}
            onToggle={(on) => update(["bonus", "expiryDays"], on ? 365 : null)}
          />
          {expiryDays !== null && (
            <CountField
              path={["bonus", "expiryDays"]}
              label={t("expiryDays")}
              unit={t("daysUnit")}
              hint={t("expiryHint")}
            />
          )}
        </div>
      </FieldGrid>
    </DesignerSection>
  );
}
