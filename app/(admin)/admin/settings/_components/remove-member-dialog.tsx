"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { useErrorText } from "@/components/forms/use-error-text";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Notice } from "@/components/ui/notice";
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
    <Dialog
      open={open}
      onClose={onClose}
      title={t("removeTitle", { name: member.name })}
      description={t("removeBody", { name: member.name, store: storeName })}
    >
      <div className="space-y-4 text-left">
        {remove.error && <Notice tone="error">{fromMutation(remove.error).message}</Notice>}
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={onClose}>
            {t("cancel")}
          </Button>
          <Button
            variant="danger"
            isPending={remove.isPending || isRefreshing}
            onClick={() => remove.mutate({ membershipId: member.membershipId })}
          >
            {t("remove")}
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
