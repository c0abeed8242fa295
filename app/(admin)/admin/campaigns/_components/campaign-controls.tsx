"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { useErrorText } from "@/components/forms/use-error-text";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { CampaignStatus, CampaignTrigger } from "@/db/schema/campaign-types";

export function CampaignControls({
  campaignId,
  trigger,
  status,
}: {
  campaignId: string;
  trigger: CampaignTrigger;
  status: CampaignStatus;
}) {
  const t = useTranslations("Campaigns.controls");
  const trpc = useTRPC();
  const router = useRouter();
  const { fromMutation } = useErrorText();
  const [isRefreshing, startRefresh] = useTransition();
  const refresh = { onSuccess: () => startRefresh(() => router.refresh()) };
  const setStatus = useMutation(trpc.campaigns.setStatus.mutationOptions(refresh));
  const sendNow = useMutation(trpc.campaigns.sendNow.mutationOptions(refresh));
  const error = setStatus.error ?? sendNow.error;
  return (
    <div className="flex flex-col items-end gap-2">
      {trigger === "manual" ? (
        <Button
          isPending={sendNow.isPending || isRefreshing}
          onClick={() => {
            if (window.confirm(t("confirmSend"))) sendNow.mutate({ campaignId });
          }}
        >
          {t("sendNow")}
        </Button>
      ) : status === "active" ? (
        <Button
          variant="secondary"
          isPending={setStatus.isPending || isRefreshing}
          onClick={() => setStatus.mutate({ campaignId, status: "paused" })}
        >
          {t("pause")}
        </Button>
      ) : (
        <Button
          isPending={setStatus.isPending || isRefreshing}
          onClick={() => setStatus.mutate({ campaignId, status: "active" })}
        >
          {t("activate")}
        </Button>
      )}
      {sendNow.data && (
        <p role="status" className="text-sm text-emerald-700">
          {t("queued", { n: sendNow.data.queued })}
        </p>
      )}
      {error && <Notice tone="error">{fromMutation(error).message}</Notice>}
    </div>
  );
}
