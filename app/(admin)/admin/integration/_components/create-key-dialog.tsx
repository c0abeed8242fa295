"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useErrorText } from "@/components/forms/use-error-text";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Notice } from "@/components/ui/notice";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { CopyButton } from "./copy-button";

type Kind = "publishable" | "secret";

export function CreateKeyDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useTranslations("Integration");
  const trpc = useTRPC();
  const router = useRouter();
  const { fromMutation } = useErrorText();
  const [name, setName] = useState("");
  const [kind, setKind] = useState<Kind>("secret");
  const [, startRefresh] = useTransition();
  const create = useMutation(
    trpc.integration.keys.create.mutationOptions({
      onSuccess: () => startRefresh(() => router.refresh()),
    }),
  );
  const errors = fromMutation(create.error);
  const close = () => {
    create.reset();
    setName("");
    onClose();
  };

  return (
    <Dialog open={open} onClose={close} title={t("newKey")}>
      {create.data ? (
        <div className="space-y-4">
          <Notice tone="success">
            {create.data.kind === "secret" ? t("copyNowSecret") : t("copyNowPublishable")}
          </Notice>
          <div className="flex items-center gap-2">
            <code className="flex-1 rounded-md bg-slate-100 px-3 py-2 font-mono text-xs break-all">
              {create.data.key}
            </code>
            <CopyButton text={create.data.key} />
          </div>
          <div className="flex justify-end">
            <Button onClick={close}>{t("done")}</Button>
          </div>
        </div>
      ) : (
        <form
          noValidate
          className="space-y-4"
          onSubmit={(event) => {
            event.preventDefault();
            create.mutate({ name, kind });
          }}
        >
          {create.error && <Notice tone="error">{errors.message}</Notice>}
          <TextField
            label={t("keyName")}
            value={name}
            maxLength={60}
            error={errors.field("name")}
            onChange={(e) => setName(e.target.value)}
          />
          <SelectField
            label={t("keyKind")}
            value={kind}
            hint={t(`kindHints.${kind}`)}
            onChange={(e) => setKind(e.target.value === "publishable" ? "publishable" : "secret")}
          >
            <option value="secret">{t("kinds.secret")}</option>
            <option value="publishable">{t("kinds.publishable")}</option>
          </SelectField>
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={close}>
              {t("cancel")}
            </Button>
            <Button type="submit" isPending={create.isPending}>
              {t("create")}
            </Button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
