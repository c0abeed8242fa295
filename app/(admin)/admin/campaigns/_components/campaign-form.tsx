"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useErrorText } from "@/components/forms/use-error-text";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { controlClass } from "@/components/ui/input";
import { Notice } from "@/components/ui/notice";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import {
  type CampaignParams,
  type CampaignTemplates,
  type CampaignTrigger,
  campaignTriggers,
  type MessageChannel,
  messageChannels,
} from "@/db/schema/campaign-types";
import { defaultTemplates } from "@/server/services/campaigns/default-templates";
import { templateVariables } from "@/server/services/campaigns/render-template";

export type CampaignDraft = {
  name: string;
  trigger: CampaignTrigger;
  channel: MessageChannel;
  isTransactional: boolean;
  params: CampaignParams;
  templates: CampaignTemplates;
};

const blankTemplates: CampaignTemplates = {
  ru: { subject: "", body: "" },
  en: { subject: "", body: "" },
};
const templatesFor = (trigger: CampaignTrigger) => defaultTemplates[trigger] ?? blankTemplates;
const numberOrUndefined = (value: string) => (value === "" ? undefined : Number(value));

export function CampaignForm({
  campaignId,
  initial,
  canEdit,
}: {
  campaignId?: string;
  initial?: CampaignDraft;
  canEdit: boolean;
}) {
  const t = useTranslations("Campaigns.form");
  const trpc = useTRPC();
  const router = useRouter();
  const { fromMutation } = useErrorText();
  const [draft, setDraft] = useState<CampaignDraft>(
    initial ?? {
      name: "",
      trigger: "manual",
      channel: "email",
      isTransactional: false,
      params: {},
      templates: blankTemplates,
    },
  );
  const [filter, setFilter] = useState(
    new URLSearchParams(
      Object.entries(initial?.params.filter ?? {}).map(([k, v]) => [k, String(v)]),
    ).toString(),
  );
  const [isRefreshing, startRefresh] = useTransition();
  const create = useMutation(
    trpc.campaigns.create.mutationOptions({
      onSuccess: ({ campaignId: id }) => router.push(`/admin/campaigns/${id}`),
    }),
  );
  const update = useMutation(
    trpc.campaigns.update.mutationOptions({
      onSuccess: () => startRefresh(() => router.refresh()),
    }),
  );
  const save = campaignId ? update : create;
  const errors = fromMutation(save.error);
  const set = (changes: Partial<CampaignDraft>) => {
    save.reset();
    setDraft((current) => ({ ...current, ...changes }));
  };
  // Untouched text follows the trigger: its default, or blank; edited text stays.
  const setTrigger = (trigger: CampaignTrigger) => {
    const isUntouched =
      JSON.stringify(draft.templates) === JSON.stringify(templatesFor(draft.trigger));
    set(isUntouched ? { trigger, templates: templatesFor(trigger) } : { trigger });
  };
  const setParams = (changes: Partial<CampaignParams>) =>
    set({ params: { ...draft.params, ...changes } });
  const setTemplate = (
    lang: "ru" | "en",
    step: 1 | 2,
    field: "subject" | "body",
    value: string,
  ) => {
    const language = draft.templates[lang];
    const next =
      step === 1
        ? { ...language, [field]: value }
        : {
            ...language,
            second: { ...(language.second ?? { subject: "", body: "" }), [field]: value },
          };
    set({ templates: { ...draft.templates, [lang]: next } });
  };
  const number = (key: "days" | "secondStepDays" | "bonusPoints", hint?: string) => (
    <TextField
      label={t(`params.${key}`)}
      hint={hint}
      type="number"
      min={0}
      value={draft.params[key] ?? ""}
      onChange={(e) => setParams({ [key]: numberOrUndefined(e.target.value) })}
    />
  );
  const { trigger } = draft;
  const hasSecondStep = trigger === "winback" && draft.params.secondStepDays !== undefined;

  return (
    <Card>
      <CardHeader title={campaignId ? t("editTitle") : t("newTitle")} />
      <CardBody>
        <form
          noValidate
          className="space-y-6"
          onSubmit={(event) => {
            event.preventDefault();
            const params: CampaignParams = { ...draft.params };
            if (trigger === "manual") {
              params.filter = Object.fromEntries(new URLSearchParams(filter.replace(/^.*\?/, "")));
            }
            const campaign = { ...draft, params };
            if (campaignId) update.mutate({ campaignId, campaign });
            else create.mutate(campaign);
          }}
        >
          {save.error && <Notice tone="error">{errors.message}</Notice>}
          <fieldset disabled={!canEdit} className="space-y-6">
            <div className="grid gap-4 sm:grid-cols-2">
              <TextField
                label={t("name")}
                value={draft.name}
                error={errors.field("name")}
                onChange={(e) => set({ name: e.target.value })}
              />
              <SelectField
                label={t("trigger")}
                value={trigger}
                onChange={(e) =>
                  setTrigger(campaignTriggers.find((x) => x === e.target.value) ?? "manual")
                }
              >
                {campaignTriggers.map((x) => (
                  <option key={x} value={x}>
                    {t(`triggers.${x}`)}
                  </option>
                ))}
              </SelectField>
              <SelectField
                label={t("channel")}
                value={draft.channel}
                onChange={(e) =>
                  set({ channel: messageChannels.find((x) => x === e.target.value) ?? "email" })
                }
              >
                {messageChannels.map((x) => (
                  <option key={x} value={x}>
                    {t(`channels.${x}`)}
                  </option>
                ))}
              </SelectField>
              <label className="flex items-center gap-2 self-end pb-2 text-sm text-slate-700">
                <input
                  type="checkbox"
                  checked={draft.isTransactional}
                  onChange={(e) => set({ isTransactional: e.target.checked })}
                />
                {t("isTransactional")}
              </label>
            </div>
            <p className="text-sm text-slate-600">{t(`triggerHints.${trigger}`)}</p>
            <div className="grid gap-4 sm:grid-cols-3">
              {trigger === "expiring" && number("days", t("params.expiringDaysHint"))}
              {trigger === "winback" && number("days", t("params.lapsedDaysHint"))}
              {trigger === "winback" && number("secondStepDays", t("params.secondStepHint"))}
              {trigger === "winback" && number("bonusPoints")}
              {trigger === "holiday" && (
                <TextField
                  label={t("params.date")}
                  hint={t("params.dateHint")}
                  placeholder="03-08"
                  value={draft.params.date ?? ""}
                  onChange={(e) => setParams({ date: e.target.value || undefined })}
                />
              )}
              {trigger === "birthday" && (
                <label className="flex items-center gap-2 text-sm text-slate-700">
                  <input
                    type="checkbox"
                    checked={draft.params.isBirthdayRewarded ?? false}
                    onChange={(e) => setParams({ isBirthdayRewarded: e.target.checked })}
                  />
                  {t("params.isBirthdayRewarded")}
                </label>
              )}
              {trigger === "manual" && (
                <div className="sm:col-span-3">
                  <TextField
                    label={t("params.filter")}
                    hint={t("params.filterHint")}
                    placeholder="tier=VIP&lapsedDays=60"
                    value={filter}
                    onChange={(e) => setFilter(e.target.value)}
                  />
                </div>
              )}
              <div className="sm:col-span-3">
                <TextField
                  label={t("params.offer")}
                  hint={t("params.offerHint")}
                  value={draft.params.offer ?? ""}
                  onChange={(e) => setParams({ offer: e.target.value || undefined })}
                />
              </div>
            </div>
            <p className="text-sm text-slate-600">
              {t("variables")}{" "}
              {templateVariables.map((v) => (
                <code key={v} className="mr-2 font-mono text-xs">{`{{${v}}}`}</code>
              ))}
            </p>
            {errors.field("templates") && <Notice tone="error">{errors.field("templates")}</Notice>}
            <div className="grid gap-6 lg:grid-cols-2">
              {(["ru", "en"] as const).map((lang) => (
                <div key={lang} className="space-y-6">
                  {([1, 2] as const)
                    .filter((step) => step === 1 || hasSecondStep)
                    .map((step) => {
                      const template =
                        step === 1 ? draft.templates[lang] : draft.templates[lang].second;
                      return (
                        <fieldset key={step} className="space-y-3">
                          <legend className="mb-2 text-sm font-semibold text-slate-900">
                            {t(step === 1 ? "templateTitle" : "secondTemplateTitle", {
                              language: lang.toUpperCase(),
                            })}
                          </legend>
                          <TextField
                            label={t("subject")}
                            value={template?.subject ?? ""}
                            onChange={(e) => setTemplate(lang, step, "subject", e.target.value)}
                          />
                          <label className="block text-sm font-medium text-slate-700">
                            {t("body")}
                            <textarea
                              rows={6}
                              value={template?.body ?? ""}
                              className={cn(controlClass, "mt-1 h-auto py-2")}
                              onChange={(e) => setTemplate(lang, step, "body", e.target.value)}
                            />
                          </label>
                        </fieldset>
                      );
                    })}
                </div>
              ))}
            </div>
          </fieldset>
          {canEdit && (
            <div className="flex items-center gap-3">
              <Button type="submit" isPending={save.isPending || isRefreshing}>
                {campaignId ? t("save") : t("create")}
              </Button>
              {update.isSuccess && !isRefreshing && (
                <p role="status" className="text-sm text-emerald-700">
                  {t("saved")}
                </p>
              )}
            </div>
          )}
        </form>
      </CardBody>
    </Card>
  );
}
