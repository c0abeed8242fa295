"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { useErrorText } from "@/components/forms/use-error-text";
import { useTRPC } from "@/components/providers/trpc";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { EndpointRow } from "./endpoints-section";

export function DeleteEndpointDialog({
  endpoint,
  onClose,
}: {
  endpoint: EndpointRow;
  onClose: () => void;
}) {
  const t = useTranslations("Webhooks");
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const { fromMutation } = useErrorText();
  const [isRefreshing, startRefresh] = useTransition();
  const remove = useMutation(
    trpc.webhooks.endpoints.delete.mutationOptions({
      onSuccess: () => {
        onClose();
        void queryClient.invalidateQueries(trpc.webhooks.deliveries.pathFilter());
        startRefresh(() => router.refresh());
      },
    }),
  );
  return (
    <ConfirmDialog
      onClose={onClose}
      onConfirm={() => remove.mutate({ id: endpoint.id })}
      title={t("deleteTitle", { url: endpoint.url })}
      description={t("deleteBody")}
      cancelLabel={t("cancel")}
      confirmLabel={t("delete")}
      isPending={remove.isPending || isRefreshing}
      error={remove.error && fromMutation(remove.error).message}
    />
  );
}
