"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { useErrorText } from "@/components/forms/use-error-text";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Notice } from "@/components/ui/notice";
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
    <Dialog
      open
      onClose={onClose}
      title={t("deleteTitle", { url: endpoint.url })}
      description={t("deleteBody")}
    >
      <div className="space-y-4">
        {remove.error && <Notice tone="error">{fromMutation(remove.error).message}</Notice>}
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={onClose}>
            {t("cancel")}
          </Button>
          <Button
            variant="danger"
            isPending={remove.isPending || isRefreshing}
            onClick={() => remove.mutate({ id: endpoint.id })}
          >
            {t("delete")}
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
