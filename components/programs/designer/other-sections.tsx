"use client";
import { useTranslations } from "next-intl";
import { useDesigner } from "./designer-context";
import {
  ChoiceField,
  CountField,
  MoneyField,
  NamesField,
  PercentField,
  TextValueField,
  ToggleField,
} from "./fields";
import { LinesField } from "./lines-field";
import { DesignerSection, FieldGrid } from "./section";

export function CashbackSection() {
  const t = useTranslations("Designer.cashback");
  const tEarn = useTranslations("Designer.earning");
  const { config } = useDesigner();
  if (config.type !== "cashback") return null;
  return (
    <DesignerSection title={t("title")} description={t("description")}>
      <FieldGrid>
        <PercentField path={["cashback", "percentBp"]} label={t("percent")} />
        <PercentField
          path={["cashback", "maxShareBp"]}
          label={t("maxShare")}
          hint={t("maxShareHint")}
        />
        <ChoiceField
          path={["cashback", "earnBase"]}
          label={tEarn("base")}
          options={(["afterDiscountsAndPoints", "afterDiscounts", "beforeDiscounts"] as const).map(
            (b) => ({
              value: b,
              label: tEarn(`bases.${b}`),
            }),
          )}
        />
        <MoneyField path={["cashback", "minOrderAmount"]} label={tEarn("minOrder")} />
        <CountField
          path={["cashback", "activationDelayDays"]}
          label={t("activation")}
          unit={t("daysUnit")}
        />
      </FieldGrid>
    </DesignerSection>
  );
}

export function ReferralSection() {
  const t = useTranslations("Designer.referral");
  const { config } = useDesigner();
  if (config.type !== "referral") return null;
  return (
    <DesignerSection title={t("title")} description={t("description")}>
      <FieldGrid>
        <CountField path={["referral", "friendBonus"]} label={t("friend")} unit={t("pointsUnit")} />
        <PercentField path={["referral", "friendDiscountBp"]} label={t("friendDiscount")} />
        <CountField
          path={["referral", "referrerBonus"]}
          label={t("referrer")}
          unit={t("pointsUnit")}
        />
        <CountField
          path={["referral", "refundWindowDays"]}
          label={t("refundWindow")}
          unit={t("daysUnit")}
          hint={t("refundWindowHint")}
        />
        <MoneyField path={["referral", "minFirstOrderAmount"]} label={t("minFirstOrder")} />
        <CountField
          path={["referral", "monthlyCap"]}
          label={t("cap")}
          unit={t("friendsUnit")}
          hint={t("capHint")}
        />
        <CountField
          path={["referral", "burstLimit"]}
          label={t("burstLimit")}
          unit={t("friendsUnit")}
        />
        <CountField
          path={["referral", "burstWindowHours"]}
          label={t("burstWindow")}
          unit={t("hoursUnit")}
        />
        <TextValueField
          path={["referral", "landingUrl"]}
          label={t("landingUrl")}
          hint={t("landingUrlHint")}
          isNullWhenEmpty
        />
      </FieldGrid>
    </DesignerSection>
  );
}

export function ClubSection() {
  const t = useTranslations("Designer.club");
  const { config, update } = useDesigner();
  if (config.type !== "club") return null;
  return (
    <DesignerSection title={t("title")} description={t("description")}>
      <FieldGrid>
        <PercentField path={["club", "discountBp"]} label={t("discount")} />
        <ChoiceField
          path={["club", "joinBy"]}
          label={t("joinBy")}
          options={(["invitation", "purchase", "fee"] as const).map((j) => ({
            value: j,
            label: t(`join.${j}`),
          }))}
        />
        {config.club.joinBy === "fee" && <MoneyField path={["club", "fee"]} label={t("fee")} />}
        {config.club.joinBy === "purchase" && (
          <NamesField path={["club", "productSkus"]} label={t("skus")} hint={t("skusHint")} />
        )}
        <div className="space-y-3">
          <ToggleField
            path={["club", "termDays"]}
            label={t("hasTerm")}
            checked={config.club.termDays !== null}
            onToggle={(on) => update(["club", "termDays"], on ? 365 : null)}
          />
          {config.club.termDays !== null && (
            <CountField path={["club", "termDays"]} label={t("term")} unit={t("daysUnit")} />
          )}
        </div>
      </FieldGrid>
      <LinesField path={["club", "offers"]} label={t("offers")} hint={t("offersHint")} />
    </DesignerSection>
  );
}
