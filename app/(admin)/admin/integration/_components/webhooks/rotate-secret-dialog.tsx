"use client";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useErrorText } from "@/components/forms/use-error-text";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Notice } from "@/components/ui/notice";
import type { EndpointRow } from "./endpoints-section";
import { SecretOnce } from "./secret-once";

export function RotateSecretDialog({
  endpoint,
  onClose,
}: {
  endpoint: EndpointRow;
  onClose: () => void;
}) {
  const t = useTranslations("Webhooks");
  const trpc = useTRPC();
  const { fromMutation } = useErrorText();
  const rotate = useMutation(trpc.webhooks.endpoints.rotateSecret.mutationOptions());
  return (
    <Dialog
      open
      onClose={onClose}
      title={t("rotateTitle", { url: endpoint.url })}
      description={rotate.data ? undefined : t("rotateBody")}
    >
      <div className="space-y-4">
        {rotate.data && <SecretOnce secret={rotate.data.secret} />}
        {rotate.error && <Notice tone="error">{fromMutation(rotate.error).message}</Notice>}
        <div className="flex justify-end gap-2">
          {rotate.data ? (
            <Button onClick={onClose}>{t("done")}</Button>
          ) : (
            <>
              <Button variant="secondary" onClick={onClose}>
                {t("cancel")}
              </Button>
              <Button
                variant="danger"
                isPending={rotate.isPending}
                onClick={() => rotate.mutate({ id: endpoint.id })}
              >
                {t("rotate")}
              </Button>
            </>
          )}
        </div>
      </div>
    </Dialog>
  );
}
