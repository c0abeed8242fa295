"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { useErrorText } from "@/components/forms/use-error-text";
import { useTRPC } from "@/components/providers/trpc";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { ApiKeyRow } from "./keys-section";

export function RevokeKeyDialog({ apiKey, onClose }: { apiKey: ApiKeyRow; onClose: () => void }) {
  const t = useTranslations("Integration");
  const trpc = useTRPC();
  const router = useRouter();
  const { fromMutation } = useErrorText();
  const [isRefreshing, startRefresh] = useTransition();
  const revoke = useMutation(
    trpc.integration.keys.revoke.mutationOptions({
      onSuccess: () => {
        onClose();
        startRefresh(() => router.refresh());
      },
    }),
  );
  return (
    <ConfirmDialog
      onClose={onClose}
      onConfirm={() => revoke.mutate({ id: apiKey.id })}
      title={t("revokeTitle", { name: apiKey.name })}
      description={t("revokeBody")}
      cancelLabel={t("cancel")}
      confirmLabel={t("revoke")}
      isPending={revoke.isPending || isRefreshing}
      error={revoke.error && fromMutation(revoke.error).message}
    />
  );
}
