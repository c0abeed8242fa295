"use client";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useCallback, useState } from "react";
import { useErrorText } from "@/components/forms/use-error-text";
import { StoreFields, type StoreValues } from "@/components/merchants/store-fields";
import { useBrowserTimeZone } from "@/components/merchants/use-time-zones";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { TextField } from "@/components/ui/text-field";

export function SignUpForm() {
  const t = useTranslations("SignUp");
  const trpc = useTRPC();
  const { fromMutation } = useErrorText();
  const [owner, setOwner] = useState({ name: "", email: "", password: "" });
  const [store, setStore] = useState<StoreValues>({
    name: "",
    currency: "RUB",
    timezone: "Europe/Moscow",
  });
  const applyZone = useCallback((timezone: string) => setStore((s) => ({ ...s, timezone })), []);
  useBrowserTimeZone(applyZone);
  const signUp = useMutation(
    // A full load: the new session cookie and the store's language reach every layout.
    trpc.account.signUp.mutationOptions({ onSuccess: () => window.location.assign("/admin") }),
  );
  const errors = fromMutation(signUp.error);
  const isBusy = signUp.isPending || signUp.isSuccess;

  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        signUp.mutate({ ...owner, store });
      }}
    >
      {signUp.error && <Notice tone="error">{errors.message}</Notice>}
      <TextField
        label={t("name")}
        name="name"
        autoComplete="name"
        value={owner.name}
        onChange={(e) => setOwner({ ...owner, name: e.target.value })}
        error={errors.field("name")}
      />
      <TextField
        label={t("email")}
        type="email"
        name="email"
        autoComplete="email"
        value={owner.email}
        onChange={(e) => setOwner({ ...owner, email: e.target.value })}
        error={errors.field("email")}
      />
      <TextField
        label={t("password")}
        type="password"
        name="password"
        autoComplete="new-password"
        hint={t("passwordHint")}
        value={owner.password}
        onChange={(e) => setOwner({ ...owner, password: e.target.value })}
        error={errors.field("password")}
      />
      <fieldset className="space-y-4 border-t border-slate-100 pt-4">
        <legend className="sr-only">{t("store")}</legend>
        <p aria-hidden="true" className="text-sm font-semibold text-slate-900">
          {t("store")}
        </p>
        {/* Zod flattens nested store errors under one key; in practice only the name can fail. */}
        <StoreFields values={store} onChange={setStore} errors={{ name: errors.field("store") }} />
      </fieldset>
      <Button type="submit" className="w-full" isPending={isBusy}>
        {t("submit")}
      </Button>
    </form>
  );
}
