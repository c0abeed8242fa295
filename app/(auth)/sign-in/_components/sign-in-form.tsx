"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { authClient } from "@/components/auth/auth-client";
import { useErrorText } from "@/components/forms/use-error-text";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { TextField } from "@/components/ui/text-field";
import { TextLink } from "@/components/ui/text-link";

export function SignInForm({ next }: { next: string }) {
  const t = useTranslations("SignIn");
  const { fromAuth } = useErrorText();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string>();
  const [isPending, setIsPending] = useState(false);

  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={async (event) => {
        event.preventDefault();
        setIsPending(true);
        setError(undefined);
        const result = await authClient.signIn.email({ email, password });
        if (result.error) {
          setError(fromAuth(result.error));
          setIsPending(false);
          return;
        }
        // A full load: the layouts must pick up the new session and the store's language.
        window.location.assign(next);
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
        aria-invalid={error ? true : undefined}
      />
      <TextField
        label={t("password")}
        type="password"
        name="password"
        autoComplete="current-password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        aria-invalid={error ? true : undefined}
      />
      <div className="flex items-center justify-between gap-4 pt-2">
        <TextLink href="/forgot-password" className="text-sm">
          {t("forgot")}
        </TextLink>
        <Button type="submit" isPending={isPending}>
          {t("submit")}
        </Button>
      </div>
    </form>
  );
}
