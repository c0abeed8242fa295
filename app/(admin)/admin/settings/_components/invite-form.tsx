"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useErrorText } from "@/components/forms/use-error-text";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import type { StaffRole } from "@/db/schema";
import { assignableRoles, type TeamActor } from "./team-types";

export function InviteForm({ actor }: { actor: TeamActor }) {
  const t = useTranslations("Team");
  const tRoles = useTranslations("Roles");
  const trpc = useTRPC();
  const router = useRouter();
  const { fromMutation } = useErrorText();
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<StaffRole>("analyst");
  const [isRefreshing, startRefresh] = useTransition();
  const invite = useMutation(
    trpc.team.invite.mutationOptions({
      onSuccess: () => {
        setEmail("");
        startRefresh(() => router.refresh());
      },
    }),
  );
  const errors = fromMutation(invite.error);

  return (
    <section className="space-y-3 border-t border-slate-100 pt-6">
      <h3 className="text-sm font-semibold text-slate-900">{t("inviteTitle")}</h3>
      <form
        noValidate
        className="grid items-start gap-3 sm:grid-cols-[1fr_12rem_auto]"
        onSubmit={(event) => {
          event.preventDefault();
          invite.mutate({ email, role });
        }}
      >
        <TextField
          label={t("email")}
          type="email"
          autoComplete="off"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={errors.field("email")}
        />
        <SelectField
          label={t("role")}
          value={role}
          onChange={(e) => setRole(e.target.value as StaffRole)}
          error={errors.field("role")}
        >
          {assignableRoles(actor).map((option) => (
            <option key={option} value={option}>
              {tRoles(option)}
            </option>
          ))}
        </SelectField>
        <Button type="submit" className="sm:mt-6" isPending={invite.isPending || isRefreshing}>
          {t("invite")}
        </Button>
      </form>
      {invite.error && !errors.field("email") && <Notice tone="error">{errors.message}</Notice>}
      {invite.data && (
        <Notice tone="success">
          <p className="font-medium">{t("invited", { email: invite.data.email })}</p>
          <p>{t("linkHint")}</p>
        </Notice>
      )}
    </section>
  );
}
