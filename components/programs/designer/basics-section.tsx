"use client";
import { useTranslations } from "next-intl";
import { useId } from "react";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { useDesigner } from "./designer-context";
import { ChoiceField, ToggleField } from "./fields";
import { DesignerSection, FieldGrid } from "./section";

export function BasicsSection({
  name,
  onName,
  nameError,
}: {
  name: string;
  onName: (name: string) => void;
  nameError?: string;
}) {
  const t = useTranslations("Designer.basics");
  const tTypes = useTranslations("ProgramTypes");
  const { config, canEdit } = useDesigner();
  const id = useId();
  return (
    <DesignerSection title={t("title")} description={tTypes(`${config.type}.description`)}>
      <FieldGrid>
        <Field id={id} label={t("name")} error={nameError} hint={t("nameHint")}>
          <Input
            id={id}
            value={name}
            maxLength={120}
            disabled={!canEdit}
            aria-invalid={nameError ? true : undefined}
            onChange={(event) => onName(event.target.value)}
          />
        </Field>
        <ChoiceField
          path={["stacking", "discounts"]}
          label={t("stackDiscounts")}
          hint={t("stackDiscountsHint")}
          options={[
            { value: "best", label: t("stackBest") },
            { value: "sum", label: t("stackSum") },
          ]}
        />
      </FieldGrid>
      {config.type === "combined" && (
        <FieldGrid>
          <ChoiceField
            path={["primary"]}
            label={t("primary")}
            options={[
              { value: "discount", label: t("primaryDiscount") },
              { value: "bonus", label: t("primaryBonus") },
            ]}
          />
          <ToggleField
            path={["stackOnSameLine"]}
            label={t("stackOnSameLine")}
            hint={t("stackOnSameLineHint")}
          />
        </FieldGrid>
      )}
    </DesignerSection>
  );
}
