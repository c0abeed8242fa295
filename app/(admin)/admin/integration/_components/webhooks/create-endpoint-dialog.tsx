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
import { TextField } from "@/components/ui/text-field";
import { webhookEventTypes } from "@/db/schema/webhook-event-types";
import { SecretOnce } from "./secret-once";

type EventType = (typeof webhookEventTypes)[number];

export function CreateEndpointDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useTranslations("Webhooks");
  const trpc = useTRPC();
  const router = useRouter();
  const { fromMutation } = useErrorText();
  const [url, setUrl] = useState("");
  const [description, setDescription] = useState("");
  const [eventTypes, setEventTypes] = useState<EventType[]>([...webhookEventTypes]);
  const [, startRefresh] = useTransition();
  const create = useMutation(
    trpc.webhooks.endpoints.create.mutationOptions({
      onSuccess: () => startRefresh(() => router.refresh()),
    }),
  );
  const errors = fromMutation(create.error);
  const close = () => {
    create.reset();
    setUrl("");
    setDescription("");
    setEventTypes([...webhookEventTypes]);
    onClose();
  };
  const toggle = (type: EventType, isOn: boolean) =>
    setEventTypes((types) => (isOn ? [...types, type] : types.filter((x) => x !== type)));

  return (
    <Dialog open={open} onClose={close} title={t("newEndpoint")}>
      {create.data ? (
        <div className="space-y-4">
          <SecretOnce secret={create.data.secret} />
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
            create.mutate({ url: url.trim(), description, eventTypes });
          }}
        >
          {create.error && <Notice tone="error">{errors.message}</Notice>}
          <TextField
            label={t("url")}
            type="url"
            value={url}
            placeholder="https://shop.example/hooks/kopilka"
            hint={t("urlHint")}
            error={errors.field("url")}
            onChange={(e) => setUrl(e.target.value)}
          />
          <TextField
            label={t("endpointDescription")}
            value={description}
            maxLength={200}
            hint={t("endpointDescriptionHint")}
            onChange={(e) => setDescription(e.target.value)}
          />
          <fieldset className="space-y-2">
            <legend className="text-sm font-medium text-slate-800">{t("events")}</legend>
            {webhookEventTypes.map((type) => (
              <label key={type} className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  checked={eventTypes.includes(type)}
                  onChange={(e) => toggle(type, e.target.checked)}
                />
                <span>{t(`eventTypes.${type}`)}</span>
                <span className="font-mono text-xs text-slate-500">{type}</span>
              </label>
            ))}
            {errors.field("eventTypes") && (
              <p className="text-sm text-red-700">{errors.field("eventTypes")}</p>
            )}
          </fieldset>
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
