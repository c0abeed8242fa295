import Link from "next/link";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { Card, CardBody } from "@/components/ui/card";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";

export type DashboardFilterValues = {
  from: string;
  to: string;
  tier?: string;
  program?: string;
  lapsedDays: number;
  cohortBy: "join" | "firstOrder";
};

/** A plain GET form: the range and filters live in the URL, so a view can be shared. */
export function DashboardFilters({
  values,
  tiers,
  programs,
}: {
  values: DashboardFilterValues;
  tiers: { id: string; name: string }[];
  programs: { id: string; name: string }[];
}) {
  const t = useTranslations("Dashboard.filters");
  return (
    <Card>
      <CardBody>
        <form method="get" aria-label={t("label")} className="flex flex-wrap items-end gap-4">
          <TextField
            type="month"
            name="from"
            label={t("from")}
            defaultValue={values.from}
            required
          />
          <TextField type="month" name="to" label={t("to")} defaultValue={values.to} required />
          <SelectField name="tier" label={t("tier")} defaultValue={values.tier ?? ""}>
            <option value="">{t("anyTier")}</option>
            {tiers.map((tier) => (
              <option key={tier.id} value={tier.id}>
                {tier.name}
              </option>
            ))}
          </SelectField>
          <SelectField name="program" label={t("program")} defaultValue={values.program ?? ""}>
            <option value="">{t("anyProgram")}</option>
            {programs.map((program) => (
              <option key={program.id} value={program.id}>
                {program.name}
              </option>
            ))}
          </SelectField>
          <TextField
            name="lapsedDays"
            inputMode="numeric"
            label={t("lapsedDays")}
            defaultValue={String(values.lapsedDays)}
          />
          <SelectField name="cohortBy" label={t("cohortBy")} defaultValue={values.cohortBy}>
            <option value="join">{t("cohortByJoin")}</option>
            <option value="firstOrder">{t("cohortByFirstOrder")}</option>
          </SelectField>
          <div className="flex gap-2">
            <button type="submit" className={buttonClass({ size: "sm" })}>
              {t("apply")}
            </button>
            <Link href="/admin" className={buttonClass({ variant: "ghost", size: "sm" })}>
              {t("reset")}
            </Link>
          </div>
        </form>
      </CardBody>
    </Card>
  );
}
