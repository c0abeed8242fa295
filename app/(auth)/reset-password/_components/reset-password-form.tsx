"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { authClient } from "@/components/auth/auth-client";
import { useErrorText } from "@/components/forms/use-error-text";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { TextField } from "@/components/ui/text-field";
import { TextLink } from "@/components/ui/text-link";

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("ResetPassword");
  const { fromAuth } = useErrorText();
  const [password, setPassword] = useState("");
  const [confirm, setConfirm] = useState("");
  const [mismatch, setMismatch] = useState(false);
  const [error, setError] = useState<string>();
  const [state, setState] = useState<"idle" | "pending" | "done">("idle");

  if (state === "done") {
    return (
      <div className="space-y-4">
        <Notice tone="success">{t("done")}</Notice>
        <TextLink href="/sign-in">{t("signIn")}</TextLink>
      </div>
    );
  }

  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={async (event) => {
        event.preventDefault();
        setMismatch(password !== confirm);
        if (password !== confirm) return;
        setState("pending");
        setError(undefined);
        const result = await authClient.resetPassword({ newPassword: password, token });
        if (result.error) {
          setError(fromAuth(result.error));
          setState("idle");
          return;
        }
        setState("done");
      }}
    >
      {error && <Notice tone="error">{error}</Notice>}
      <TextField
        label={t("password")}
        type="password"
        autoComplete="new-password"
        hint={t("passwordHint")}
        value={password}
        onChange={(e) => setPassword(e.target.value)}
      />
      <TextField
        label={t("confirm")}
        type="password"
        autoComplete="new-password"
        value={confirm}
        onChange={(e) => setConfirm(e.target.value)}
        error={mismatch ? t("mismatch") : undefined}
      />
      <Button type="submit" className="w-full" isPending={state === "pending"}>
        {t("submit")}
      </Button>
    </form>
  );
}
