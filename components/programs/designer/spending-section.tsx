"use client";
import { useTranslations } from "next-intl";
import { useDesigner } from "./designer-context";
import {
  CountField,
  MoneyField,
  NamesField,
  PercentField,
  TextValueField,
  ToggleField,
} from "./fields";
import { ListEditor, nextId } from "./list-editor";
import { DesignerSection, FieldGrid } from "./section";

const R = ["bonus", "redemption"] as const;

export function SpendingSection() {
  const t = useTranslations("Designer.spending");
  const { config, update } = useDesigner();
  if (!("bonus" in config) || !config.bonus) return null;
  const { redemption } = config.bonus;
  return (
    <DesignerSection title={t("title")} description={t("description")}>
      <ToggleField
        path={[...R, "payment"]}
        label={t("payment")}
        hint={t("paymentHint")}
        checked={redemption.payment !== null}
        onToggle={(on) =>
          update([...R, "payment"], on ? { maxShareBp: 3000, categoryShares: [] } : null)
        }
      />
      <FieldGrid>
        {redemption.payment && (
          <PercentField
            path={[...R, "payment", "maxShareBp"]}
            label={t("maxShare")}
            hint={t("maxShareHint")}
          />
        )}
        <CountField
          path={[...R, "minBalance"]}
          label={t("minBalance")}
          unit={t("pointsUnit")}
          hint={t("minBalanceHint")}
        />
      </FieldGrid>
      {redemption.payment && (
        <ListEditor<{ category: string; maxShareBp: number }>
          path={[...R, "payment", "categoryShares"]}
          itemLabel={(item, i) => item.category || t("shareN", { n: i + 1 })}
          addLabel={t("addShare")}
          makeItem={() => ({ category: "", maxShareBp: 5000 })}
          renderItem={(i) => (
            <FieldGrid>
              <TextValueField
                path={[...R, "payment", "categoryShares", i, "category"]}
                label={t("category")}
              />
              <PercentField
                path={[...R, "payment", "categoryShares", i, "maxShareBp"]}
                label={t("maxShare")}
              />
            </FieldGrid>
          )}
        />
      )}
      <h3 className="pt-2 text-sm font-semibold text-slate-900">{t("rewards")}</h3>
      <p className="text-sm text-slate-500">{t("rewardsHint")}</p>
      <ListEditor<{ id: string; points: number; percentBp: number; maxDiscount: number | null }>
        path={[...R, "rewards"]}
        itemLabel={(_, i) => t("rewardN", { n: i + 1 })}
        addLabel={t("addReward")}
        makeItem={(items) => ({
          id: nextId(items, "reward"),
          points: 100,
          percentBp: 1000,
          maxDiscount: null,
        })}
        renderItem={(i) => (
          <div className="grid gap-4 sm:grid-cols-3">
            <CountField
              path={[...R, "rewards", i, "points"]}
              label={t("rewardPoints")}
              unit={t("pointsUnit")}
            />
            <PercentField path={[...R, "rewards", i, "percentBp"]} label={t("rewardPercent")} />
            <MoneyField
              path={[...R, "rewards", i, "maxDiscount"]}
              label={t("rewardCap")}
              isNullable
              hint={t("rewardCapHint")}
            />
          </div>
        )}
      />
      <NamesField
        path={[...R, "excludedCategories"]}
        label={t("excludedCategories")}
        hint={t("namesHint")}
      />
      <ToggleField path={[...R, "payDiscountedItems"]} label={t("payDiscounted")} />
    </DesignerSection>
  );
}
