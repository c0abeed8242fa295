"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { authClient } from "@/components/auth/auth-client";
import { useErrorText } from "@/components/forms/use-error-text";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { TextField } from "@/components/ui/text-field";

/** Sign-up for an invitee: an account without a store of its own, then the invitation. */
export function JoinForm({ invitationId, email }: { invitationId: string; email: string }) {
  const t = useTranslations("Invite");
  const tErrors = useTranslations("Errors");
  const { fromAuth } = useErrorText();
  const [name, setName] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string>();
  const [isPending, setIsPending] = useState(false);

  const fail = (authError: Parameters<typeof fromAuth>[0]) => {
    setError(fromAuth(authError));
    setIsPending(false);
  };

  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={async (event) => {
        event.preventDefault();
        if (!name.trim()) return setError(tErrors("nameRequired"));
        setIsPending(true);
        setError(undefined);
        const signUp = await authClient.signUp.email({ name: name.trim(), email, password });
        if (signUp.error) return fail(signUp.error);
        const accepted = await authClient.organization.acceptInvitation({ invitationId });
        if (accepted.error) return fail(accepted.error);
        window.location.assign("/admin");
      }}
    >
      {error && <Notice tone="error">{error}</Notice>}
      <TextField label={t("email")} type="email" value={email} readOnly />
      <TextField
        label={t("name")}
        name="name"
        autoComplete="name"
        value={name}
        onChange={(e) => setName(e.target.value)}
      />
      <TextField
        label={t("password")}
        type="password"
        name="password"
        autoComplete="new-password"
        hint={t("passwordHint")}
        value={password}
        onChange={(e) => setPassword(e.target.value)}
      />
      <Button type="submit" className="w-full" isPending={isPending}>
        {t("join")}
      </Button>
    </form>
  );
}
