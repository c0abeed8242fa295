"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useErrorText } from "@/components/forms/use-error-text";
import { StoreFields, type StoreValues } from "@/components/merchants/store-fields";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { isLocale } from "@/server/i18n/locales";
import { currencies } from "@/server/services/accounts/merchant-settings-input";

type SettingsFormProps = {
  canEdit: boolean;
  initial: { name: string; currency: string; timezone: string; locale: string };
};

function toValues(initial: SettingsFormProps["initial"]): Required<StoreValues> {
  return {
    name: initial.name,
    currency: currencies.find((c) => c === initial.currency) ?? "RUB",
    timezone: initial.timezone,
    locale: isLocale(initial.locale) ? initial.locale : "ru",
  };
}

export function SettingsForm({ canEdit, initial }: SettingsFormProps) {
  const t = useTranslations("Settings");
  const trpc = useTRPC();
  const router = useRouter();
  const { fromMutation } = useErrorText();
  const [values, setValues] = useState(() => toValues(initial));
  const [isRefreshing, startRefresh] = useTransition();
  const save = useMutation(
    trpc.merchant.updateSettings.mutationOptions({
      onSuccess: () => startRefresh(() => router.refresh()),
    }),
  );
  const errors = fromMutation(save.error);

  return (
    <Card>
      <CardHeader title={t("storeTitle")} description={t("storeDescription")} />
      <CardBody>
        <form
          noValidate
          className="space-y-4"
          onSubmit={(event) => {
            event.preventDefault();
            save.mutate(values);
          }}
        >
          {!canEdit && <Notice>{t("readOnly")}</Notice>}
          {save.error && <Notice tone="error">{errors.message}</Notice>}
          <fieldset disabled={!canEdit} className="space-y-4">
            <StoreFields
              values={values}
              onChange={(next) => {
                save.reset();
                setValues({ ...values, ...next });
              }}
              errors={{
                name: errors.field("name"),
                currency: errors.field("currency"),
                timezone: errors.field("timezone"),
                locale: errors.field("locale"),
              }}
            />
            <div className="flex items-center gap-3 pt-2">
              <Button type="submit" isPending={save.isPending || isRefreshing}>
                {t("save")}
              </Button>
              {save.isSuccess && !isRefreshing && (
                <p role="status" className="text-sm text-emerald-700">
                  {t("saved")}
                </p>
              )}
            </div>
          </fieldset>
        </form>
      </CardBody>
    </Card>
  );
}
