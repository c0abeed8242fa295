"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { authClient } from "@/components/auth/auth-client";
import { useErrorText } from "@/components/forms/use-error-text";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { TextField } from "@/components/ui/text-field";

/** Says the same thing whether or not the account exists, so emails cannot be probed. */
export function ForgotPasswordForm() {
  const t = useTranslations("ForgotPassword");
  const { fromAuth } = useErrorText();
  const [email, setEmail] = useState("");
  const [state, setState] = useState<"idle" | "pending" | "sent">("idle");
  const [error, setError] = useState<string>();

  if (state === "sent") return <Notice tone="success">{t("sent")}</Notice>;

  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={async (event) => {
        event.preventDefault();
        setState("pending");
        setError(undefined);
        const result = await authClient.requestPasswordReset({
          email,
          redirectTo: "/reset-password",
        });
        if (result.error?.status === 429) {
          setError(fromAuth(result.error));
          setState("idle");
          return;
        }
        setState("sent");
      }}
    >
      {error && <Notice tone="error">{error}</Notice>}
      <TextField
        label={t("email")}
        type="email"
        name="email"
        autoComplete="email"
        value={email}
        onChange={(e) => setEmail(e.target.value)}
      />
      <Button type="submit" className="w-full" isPending={state === "pending"}>
        {t("submit")}
      </Button>
    </form>
  );
}
