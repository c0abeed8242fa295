"use client";
import { useTranslations } from "next-intl";
import { useDesigner } from "./designer-context";
import { CountField } from "./fields";
import { DesignerSection } from "./section";

export function ActionsSection() {
  const t = useTranslations("Designer.actions");
  const { config } = useDesigner();
  if (!("actions" in config)) return null;
  return (
    <DesignerSection
      title={t("title")}
      description={t("description")}
      className="grid gap-4 space-y-0 sm:grid-cols-4"
    >
      {(["signUp", "birthday", "profileCompleted", "review"] as const).map((k) => (
        <CountField key={k} path={["actions", k]} label={t(k)} unit={t("pointsUnit")} />
      ))}
    </DesignerSection>
  );
}
