"use client";
import { useTranslations } from "next-intl";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import {
  currencies,
  type Locale,
  locales,
} from "@/server/services/accounts/merchant-settings-input";
import { useTimeZones } from "./use-time-zones";

export type StoreValues = {
  name: string;
  currency: (typeof currencies)[number];
  timezone: string;
  locale?: Locale;
};

export type StoreErrors = Partial<Record<keyof StoreValues, string>>;

type StoreFieldsProps = {
  values: StoreValues;
  onChange: (values: StoreValues) => void;
  errors?: StoreErrors;
};

/** Name, currency, time zone and (when the value is present) default language of a store. */
export function StoreFields({ values, onChange, errors = {} }: StoreFieldsProps) {
  const t = useTranslations("StoreFields");
  const zones = useTimeZones(values.timezone);
  const set = (patch: Partial<StoreValues>) => onChange({ ...values, ...patch });
  return (
    <div className="@container space-y-4">
      <TextField
        label={t("name")}
        name="storeName"
        autoComplete="organization"
        value={values.name}
        onChange={(e) => set({ name: e.target.value })}
        error={errors.name}
      />
      <div className="grid gap-4 @lg:grid-cols-2">
        <SelectField
          label={t("currency")}
          name="currency"
          value={values.currency}
          onChange={(e) => set({ currency: e.target.value as StoreValues["currency"] })}
          error={errors.currency}
        >
          {currencies.map((code) => (
            <option key={code} value={code}>
              {code} · {t(`currencies.${code}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t("timezone")}
          name="timezone"
          value={values.timezone}
          onChange={(e) => set({ timezone: e.target.value })}
          error={errors.timezone}
        >
          {zones.map((zone) => (
            <option key={zone} value={zone}>
              {zone.replaceAll("_", " ")}
            </option>
          ))}
        </SelectField>
      </div>
      {values.locale && (
        <SelectField
          label={t("locale")}
          name="locale"
          value={values.locale}
          onChange={(e) => set({ locale: e.target.value as Locale })}
          error={errors.locale}
        >
          {locales.map((code) => (
            <option key={code} value={code}>
              {t(`locales.${code}`)}
            </option>
          ))}
        </SelectField>
      )}
    </div>
  );
}
