"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useErrorText } from "@/components/forms/use-error-text";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { TextField } from "@/components/ui/text-field";
import { fromClock, toClock } from "./minutes";

type Settings = {
  smtpHost: string | null;
  smtpPort: number;
  smtpSecure: boolean;
  smtpUser: string | null;
  fromAddress: string | null;
  webhookUrl: string | null;
  frequencyCap: number;
  frequencyWindowDays: number;
  quietStartMinute: number;
  quietEndMinute: number;
  hasSmtpPassword: boolean;
};

export function MessagingSettingsForm({
  canEdit,
  initial,
}: {
  canEdit: boolean;
  initial: Settings;
}) {
  const t = useTranslations("Campaigns.settings");
  const trpc = useTRPC();
  const router = useRouter();
  const { fromMutation } = useErrorText();
  const [form, setForm] = useState({
    smtpHost: initial.smtpHost ?? "",
    smtpPort: String(initial.smtpPort),
    smtpSecure: initial.smtpSecure,
    smtpUser: initial.smtpUser ?? "",
    smtpPassword: "",
    fromAddress: initial.fromAddress ?? "",
    webhookUrl: initial.webhookUrl ?? "",
    frequencyCap: String(initial.frequencyCap),
    frequencyWindowDays: String(initial.frequencyWindowDays),
    quietStart: toClock(initial.quietStartMinute),
    quietEnd: toClock(initial.quietEndMinute),
  });
  const [testTo, setTestTo] = useState("");
  const [isRefreshing, startRefresh] = useTransition();
  const save = useMutation(
    trpc.campaigns.settings.update.mutationOptions({
      onSuccess: () => startRefresh(() => router.refresh()),
    }),
  );
  const test = useMutation(trpc.campaigns.settings.sendTest.mutationOptions());
  const errors = fromMutation(save.error);
  const set = (changes: Partial<typeof form>) => {
    save.reset();
    setForm((current) => ({ ...current, ...changes }));
  };
  const text = (name: keyof typeof form, extra: { type?: string; hint?: string } = {}) => ({
    label: t(name),
    value: String(form[name]),
    error: errors.field(name),
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => set({ [name]: e.target.value }),
    ...extra,
  });

  return (
    <Card>
      <CardHeader title={t("title")} description={t("description")} />
      <CardBody>
        <form
          noValidate
          className="space-y-4"
          onSubmit={(event) => {
            event.preventDefault();
            save.mutate({
              smtpHost: form.smtpHost,
              smtpPort: Number(form.smtpPort),
              smtpSecure: form.smtpSecure,
              smtpUser: form.smtpUser,
              ...(form.smtpPassword && { smtpPassword: form.smtpPassword }),
              fromAddress: form.fromAddress,
              webhookUrl: form.webhookUrl,
              frequencyCap: Number(form.frequencyCap),
              frequencyWindowDays: Number(form.frequencyWindowDays),
              quietStartMinute: fromClock(form.quietStart),
              quietEndMinute: fromClock(form.quietEnd),
            });
          }}
        >
          {save.error && <Notice tone="error">{errors.message}</Notice>}
          {save.data?.webhookSecret && (
            <Notice tone="success">
              {t("webhookSecret")} <code className="font-mono">{save.data.webhookSecret}</code>
            </Notice>
          )}
          <fieldset disabled={!canEdit} className="grid gap-4 sm:grid-cols-2">
            <TextField {...text("smtpHost")} />
            <TextField {...text("smtpPort", { type: "number" })} />
            <TextField {...text("smtpUser")} autoComplete="off" />
            <TextField
              {...text("smtpPassword", { type: "password" })}
              autoComplete="new-password"
              hint={initial.hasSmtpPassword ? t("passwordKept") : undefined}
            />
            <TextField {...text("fromAddress", { hint: t("fromAddressHint") })} />
            <label className="flex items-center gap-2 self-end pb-2 text-sm text-slate-700">
              <input
                type="checkbox"
                checked={form.smtpSecure}
                onChange={(e) => set({ smtpSecure: e.target.checked })}
              />
              {t("smtpSecure")}
            </label>
            <TextField {...text("webhookUrl", { type: "url", hint: t("webhookUrlHint") })} />
            <div />
            <TextField {...text("frequencyCap", { type: "number", hint: t("frequencyHint") })} />
            <TextField {...text("frequencyWindowDays", { type: "number" })} />
            <TextField {...text("quietStart", { type: "time", hint: t("quietHint") })} />
            <TextField {...text("quietEnd", { type: "time" })} />
          </fieldset>
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
        </form>
        {canEdit && (
          <form
            noValidate
            className="mt-6 flex flex-wrap items-end gap-3 border-t border-slate-100 pt-4"
            onSubmit={(event) => {
              event.preventDefault();
              test.mutate({ to: testTo });
            }}
          >
            <div className="min-w-64 flex-1">
              <TextField
                label={t("testTo")}
                type="email"
                value={testTo}
                error={fromMutation(test.error).field("to")}
                onChange={(e) => setTestTo(e.target.value)}
              />
            </div>
            <Button type="submit" variant="secondary" isPending={test.isPending}>
              {t("sendTest")}
            </Button>
            {test.data && (
              <p
                role="status"
                className={test.data.isSent ? "text-sm text-emerald-700" : "text-sm text-red-700"}
              >
                {test.data.isSent
                  ? t("testSent")
                  : t("testFailed", { error: test.data.error ?? "" })}
              </p>
            )}
          </form>
        )}
      </CardBody>
    </Card>
  );
}
