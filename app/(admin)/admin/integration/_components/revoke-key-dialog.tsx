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
    <Dialog
      open
      onClose={onClose}
      title={t("revokeTitle", { name: apiKey.name })}
      description={t("revokeBody")}
    >
      <div className="space-y-4">
        {revoke.error && <Notice tone="error">{fromMutation(revoke.error).message}</Notice>}
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={onClose}>
            {t("cancel")}
          </Button>
          <Button
            variant="danger"
            isPending={revoke.isPending || isRefreshing}
            onClick={() => revoke.mutate({ id: apiKey.id })}
          >
            {t("revoke")}
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
