"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { useErrorText } from "@/components/forms/use-error-text";
import { useTRPC } from "@/components/providers/trpc";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { TeamMember } from "./team-types";

type RemoveMemberDialogProps = {
  open: boolean;
  onClose: () => void;
  member: TeamMember;
  storeName: string;
};

export function RemoveMemberDialog({ open, onClose, member, storeName }: RemoveMemberDialogProps) {
  const t = useTranslations("Team");
  const trpc = useTRPC();
  const router = useRouter();
  const { fromMutation } = useErrorText();
  const [isRefreshing, startRefresh] = useTransition();
  const remove = useMutation(
    trpc.team.remove.mutationOptions({
      onSuccess: () => {
        onClose();
        startRefresh(() => router.refresh());
      },
    }),
  );
  return (
    <ConfirmDialog
      open={open}
      onClose={onClose}
      onConfirm={() => remove.mutate({ membershipId: member.membershipId })}
      title={t("removeTitle", { name: member.name })}
      description={t("removeBody", { name: member.name, store: storeName })}
      cancelLabel={t("cancel")}
      confirmLabel={t("remove")}
      isPending={remove.isPending || isRefreshing}
      error={remove.error && fromMutation(remove.error).message}
    />
  );
}
