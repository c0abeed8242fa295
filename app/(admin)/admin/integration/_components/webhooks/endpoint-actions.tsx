"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { useErrorText } from "@/components/forms/use-error-text";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { EndpointRow } from "./endpoints-section";

export function EndpointActions({
  endpoint,
  onRotate,
  onDelete,
}: {
  endpoint: EndpointRow;
  onRotate: () => void;
  onDelete: () => void;
}) {
  const t = useTranslations("Webhooks");
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const { fromMutation } = useErrorText();
  const [isRefreshing, startRefresh] = useTransition();
  const sendTest = useMutation(
    trpc.webhooks.endpoints.sendTest.mutationOptions({
      onSettled: () => queryClient.invalidateQueries(trpc.webhooks.deliveries.pathFilter()),
    }),
  );
  const toggle = useMutation(
    trpc.webhooks.endpoints.update.mutationOptions({
      onSuccess: () => startRefresh(() => router.refresh()),
    }),
  );
  const sent = sendTest.data?.sent;
  const error = sendTest.error ?? toggle.error;
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap justify-end gap-2">
        <Button
          variant="secondary"
          size="sm"
          isPending={sendTest.isPending}
          onClick={() => sendTest.mutate({ id: endpoint.id })}
        >
          {t("sendTest")}
        </Button>
        <Button
          variant="secondary"
          size="sm"
          isPending={toggle.isPending || isRefreshing}
          onClick={() => toggle.mutate({ id: endpoint.id, isActive: !endpoint.isActive })}
        >
          {endpoint.isActive ? t("pause") : t("resume")}
        </Button>
        <Button variant="secondary" size="sm" onClick={onRotate}>
          {t("rotate")}
        </Button>
        <Button variant="danger" size="sm" onClick={onDelete}>
          {t("delete")}
        </Button>
      </div>
      {sent &&
        (sendTest.data?.deliveryStatus === "succeeded" ? (
          <Notice tone="success">
            {t("testSent", { status: sent.status ?? 0, ms: sent.durationMs })}
          </Notice>
        ) : (
          <Notice tone="error">{t("testFailed", { error: sent.error ?? "" })}</Notice>
        ))}
      {error && <Notice tone="error">{fromMutation(error).message}</Notice>}
    </div>
  );
}
