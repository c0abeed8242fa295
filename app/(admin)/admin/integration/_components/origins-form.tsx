"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState, useTransition } from "react";
import { useErrorText } from "@/components/forms/use-error-text";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { describedBy, Field } from "@/components/ui/field";
import { controlClass } from "@/components/ui/input";
import { Notice } from "@/components/ui/notice";
import { TextField } from "@/components/ui/text-field";

type OriginsFormProps = {
  canEdit: boolean;
  initial: { allowedOrigins: string[]; joinUrl: string | null };
};

function splitLines(text: string) {
  return text
    .split(/[\s,]+/)
    .map((line) => line.trim())
    .filter(Boolean);
}

export function OriginsForm({ canEdit, initial }: OriginsFormProps) {
  const t = useTranslations("Integration");
  const trpc = useTRPC();
  const router = useRouter();
  const id = useId();
  const { fromMutation } = useErrorText();
  const [origins, setOrigins] = useState(initial.allowedOrigins.join("\n"));
  const [joinUrl, setJoinUrl] = useState(initial.joinUrl ?? "");
  const [isRefreshing, startRefresh] = useTransition();
  const save = useMutation(
    trpc.integration.settings.update.mutationOptions({
      onSuccess: () => startRefresh(() => router.refresh()),
    }),
  );
  const errors = fromMutation(save.error);
  const originsError = errors.field("allowedOrigins");

  return (
    <Card>
      <CardHeader title={t("originsTitle")} description={t("originsDescription")} />
      <CardBody>
        <form
          noValidate
          className="space-y-4"
          onSubmit={(event) => {
            event.preventDefault();
            save.mutate({ allowedOrigins: splitLines(origins), joinUrl });
          }}
        >
          {save.error && <Notice tone="error">{errors.message}</Notice>}
          <fieldset disabled={!canEdit} className="space-y-4">
            <Field id={id} label={t("originsLabel")} hint={t("originsHint")} error={originsError}>
              <textarea
                id={id}
                rows={4}
                value={origins}
                spellCheck={false}
                aria-invalid={originsError ? true : undefined}
                aria-describedby={describedBy(id, originsError, t("originsHint"))}
                className={cn(controlClass, "h-auto py-2 font-mono")}
                onChange={(e) => {
                  save.reset();
                  setOrigins(e.target.value);
                }}
              />
            </Field>
            <TextField
              label={t("joinUrlLabel")}
              hint={t("joinUrlHint")}
              type="url"
              value={joinUrl}
              error={errors.field("joinUrl")}
              onChange={(e) => {
                save.reset();
                setJoinUrl(e.target.value);
              }}
            />
            {canEdit && (
              <div className="flex items-center gap-3">
                <Button type="submit" isPending={save.isPending || isRefreshing}>
                  {t("save")}
                </Button>
                {save.isSuccess && !isRefreshing && (
                  <p role="status" className="text-sm text-emerald-700">
                    {t("saved")}
                  </p>
                )}
              </div>
            )}
          </fieldset>
        </form>
      </CardBody>
    </Card>
  );
}
