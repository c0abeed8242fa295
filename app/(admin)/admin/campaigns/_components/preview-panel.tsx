"use client";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useErrorText } from "@/components/forms/use-error-text";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";

/** Preview with a real member (found like on the members list) and a test send. */
export function PreviewPanel({
  campaignId,
  canSend,
  hasSecondStep,
}: {
  campaignId: string;
  canSend: boolean;
  hasSecondStep: boolean;
}) {
  const t = useTranslations("Campaigns.preview");
  const trpc = useTRPC();
  const { fromMutation } = useErrorText();
  const [q, setQ] = useState("");
  const [memberId, setMemberId] = useState<string>("");
  const [step, setStep] = useState<1 | 2>(1);
  const [to, setTo] = useState("");
  const found = useQuery(trpc.members.list.queryOptions({ q: q || undefined, pageSize: 10 }));
  const chosen = memberId || found.data?.rows[0]?.id || "";
  const preview = useQuery({
    ...trpc.campaigns.preview.queryOptions({ campaignId, memberId: chosen, step }),
    enabled: chosen !== "",
  });
  const send = useMutation(trpc.campaigns.sendTest.mutationOptions());

  return (
    <Card>
      <CardHeader title={t("title")} description={t("description")} />
      <CardBody className="space-y-4">
        <div className="grid gap-4 sm:grid-cols-3">
          <TextField label={t("search")} value={q} onChange={(e) => setQ(e.target.value)} />
          <SelectField
            label={t("member")}
            value={chosen}
            onChange={(e) => setMemberId(e.target.value)}
          >
            {(found.data?.rows ?? []).map((m) => (
              <option key={m.id} value={m.id}>
                {m.name || m.externalId} {m.email ? `· ${m.email}` : ""}
              </option>
            ))}
          </SelectField>
          {hasSecondStep && (
            <SelectField
              label={t("step")}
              value={String(step)}
              onChange={(e) => setStep(e.target.value === "2" ? 2 : 1)}
            >
              <option value="1">{t("firstStep")}</option>
              <option value="2">{t("secondStep")}</option>
            </SelectField>
          )}
        </div>
        {preview.error && <Notice tone="error">{preview.error.message}</Notice>}
        {preview.data && (
          <article
            aria-label={t("title")}
            className="rounded-md border border-slate-200 bg-slate-50 p-4"
          >
            <p className="text-sm font-semibold text-slate-900">{preview.data.subject}</p>
            <p className="mt-2 text-sm whitespace-pre-wrap text-slate-700">{preview.data.body}</p>
          </article>
        )}
        {canSend && chosen && (
          <form
            noValidate
            className="flex flex-wrap items-end gap-3"
            onSubmit={(event) => {
              event.preventDefault();
              send.mutate({ campaignId, memberId: chosen, step, to });
            }}
          >
            <div className="min-w-64 flex-1">
              <TextField
                label={t("to")}
                hint={t("toHint")}
                value={to}
                error={fromMutation(send.error).field("to")}
                onChange={(e) => setTo(e.target.value)}
              />
            </div>
            <Button type="submit" variant="secondary" isPending={send.isPending}>
              {t("send")}
            </Button>
            {send.data && (
              <p role="status" className="text-sm text-slate-700">
                {t(`result.${send.data.status}`, { reason: send.data.reason ?? "" })}
              </p>
            )}
          </form>
        )}
      </CardBody>
    </Card>
  );
}
