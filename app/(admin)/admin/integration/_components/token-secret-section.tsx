"use client";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useErrorText } from "@/components/forms/use-error-text";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Dialog } from "@/components/ui/dialog";
import { Notice } from "@/components/ui/notice";
import { CopyButton } from "./copy-button";

type TokenSecretSectionProps = { merchantId: string; canReveal: boolean; canRotate: boolean };

export function TokenSecretSection({ merchantId, canReveal, canRotate }: TokenSecretSectionProps) {
  const t = useTranslations("Integration");
  const trpc = useTRPC();
  const { fromMutation } = useErrorText();
  const [secret, setSecret] = useState<string | null>(null);
  const [isConfirming, setIsConfirming] = useState(false);
  const reveal = useMutation(
    trpc.integration.tokenSecret.reveal.mutationOptions({ onSuccess: (r) => setSecret(r.secret) }),
  );
  const rotate = useMutation(
    trpc.integration.tokenSecret.rotate.mutationOptions({
      onSuccess: (r) => {
        setSecret(r.secret);
        setIsConfirming(false);
      },
    }),
  );
  const error = reveal.error ?? rotate.error;

  return (
    <Card>
      <CardHeader title={t("secretTitle")} description={t("secretDescription")} />
      <CardBody className="space-y-4">
        <div className="flex items-center gap-2 text-sm">
          <span className="text-slate-500">{t("storeId")}</span>
          <code className="rounded bg-slate-100 px-2 py-1 font-mono text-xs">{merchantId}</code>
          <CopyButton text={merchantId} label={t("copyStoreId")} />
        </div>
        {error && !isConfirming && <Notice tone="error">{fromMutation(error).message}</Notice>}
        {secret && (
          <div className="flex items-center gap-2">
            <code className="flex-1 rounded-md bg-slate-100 px-3 py-2 font-mono text-xs break-all">
              {secret}
            </code>
            <CopyButton text={secret} />
            <Button variant="ghost" size="sm" onClick={() => setSecret(null)}>
              {t("hide")}
            </Button>
          </div>
        )}
        {canReveal ? (
          <div className="flex flex-wrap items-center gap-2">
            {!secret && (
              <Button
                variant="secondary"
                isPending={reveal.isPending}
                onClick={() => reveal.mutate()}
              >
                {t("reveal")}
              </Button>
            )}
            {canRotate ? (
              <Button variant="danger" onClick={() => setIsConfirming(true)}>
                {t("rotate")}
              </Button>
            ) : (
              <p className="text-sm text-slate-500">{t("rotateOwnerOnly")}</p>
            )}
          </div>
        ) : (
          <p className="text-sm text-slate-500">{t("secretHidden")}</p>
        )}
        <p className="text-xs text-slate-500">{t("signingNote")}</p>
      </CardBody>
      <Dialog
        open={isConfirming}
        onClose={() => setIsConfirming(false)}
        title={t("rotateTitle")}
        description={t("rotateBody")}
      >
        <div className="space-y-4">
          {rotate.error && <Notice tone="error">{fromMutation(rotate.error).message}</Notice>}
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={() => setIsConfirming(false)}>
              {t("cancel")}
            </Button>
            <Button variant="danger" isPending={rotate.isPending} onClick={() => rotate.mutate()}>
              {t("rotate")}
            </Button>
          </div>
        </div>
      </Dialog>
    </Card>
  );
}
