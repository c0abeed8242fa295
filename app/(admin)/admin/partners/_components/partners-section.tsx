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
import { CopyButton } from "../../integration/_components/copy-button";

type Partner = {
  id: string;
  name: string;
  monthlyCap: number | null;
  maskedKey: string;
  revokedOn: string | null;
};

const parseCap = (text: string) => (text.trim() === "" ? null : Number(text));

/** Registered partners, their caps and keys; a new partner's key is shown here once. */
export function PartnersSection({ partners, canEdit }: { partners: Partner[]; canEdit: boolean }) {
  const t = useTranslations("Partners");
  const trpc = useTRPC();
  const router = useRouter();
  const { fromMutation } = useErrorText();
  const [, startRefresh] = useTransition();
  const refresh = { onSuccess: () => startRefresh(() => router.refresh()) };
  const create = useMutation(trpc.partners.create.mutationOptions(refresh));
  const revoke = useMutation(trpc.partners.revokeKey.mutationOptions(refresh));
  const setCap = useMutation(trpc.partners.setCap.mutationOptions(refresh));
  const [name, setName] = useState("");
  const [cap, setCapText] = useState("");
  const errors = fromMutation(create.error);
  const changeError = revoke.error ?? setCap.error;
  return (
    <Card>
      <CardHeader title={t("listTitle")} description={t("listDescription")} />
      <CardBody className="space-y-4">
        {partners.length === 0 ? (
          <p className="text-sm text-slate-600">{t("empty")}</p>
        ) : (
          <ul className="divide-y divide-slate-100">
            {partners.map((p) => (
              <li
                key={p.id}
                className="flex flex-wrap items-center justify-between gap-3 py-3 text-sm"
              >
                <div>
                  <p className="font-medium text-slate-900">{p.name}</p>
                  <p className="text-slate-600">
                    <code className="font-mono text-xs">{p.maskedKey}</code>
                    {" · "}
                    {p.revokedOn ? t("revokedOn", { date: p.revokedOn }) : t("keyActive")}
                    {" · "}
                    {p.monthlyCap === null ? t("noCap") : t("cap", { points: p.monthlyCap })}
                  </p>
                </div>
                {canEdit && (
                  <div className="flex flex-wrap items-center gap-2">
                    <CapEditor
                      label={t("capLabel", { name: p.name })}
                      initial={p.monthlyCap}
                      saveText={t("saveCap")}
                      onSave={(monthlyCap) => setCap.mutate({ partnerId: p.id, monthlyCap })}
                    />
                    {!p.revokedOn && (
                      <Button
                        variant="secondary"
                        size="sm"
                        onClick={() => revoke.mutate({ partnerId: p.id })}
                        aria-label={t("revokeLabel", { name: p.name })}
                      >
                        {t("revoke")}
                      </Button>
                    )}
                  </div>
                )}
              </li>
            ))}
          </ul>
        )}
        {changeError && <Notice tone="error">{fromMutation(changeError).message}</Notice>}
        {canEdit && create.data && (
          <div className="space-y-2">
            <Notice tone="success">{t("copyNow", { name: create.data.name })}</Notice>
            <div className="flex items-center gap-2">
              <code className="flex-1 rounded-md bg-slate-100 px-3 py-2 font-mono text-xs break-all">
                {create.data.key}
              </code>
              <CopyButton text={create.data.key} />
            </div>
          </div>
        )}
        {canEdit && (
          <form
            noValidate
            className="flex flex-wrap items-end gap-3"
            onSubmit={(event) => {
              event.preventDefault();
              create.mutate(
                { name, monthlyCap: parseCap(cap) },
                {
                  onSuccess: () => {
                    setName("");
                    setCapText("");
                  },
                },
              );
            }}
          >
            <TextField
              label={t("name")}
              value={name}
              maxLength={100}
              error={errors.field("name")}
              onChange={(e) => setName(e.target.value)}
            />
            <TextField
              label={t("monthlyCap")}
              hint={t("monthlyCapHint")}
              inputMode="numeric"
              value={cap}
              error={errors.field("monthlyCap")}
              onChange={(e) => setCapText(e.target.value)}
            />
            <Button type="submit" disabled={create.isPending}>
              {t("add")}
            </Button>
          </form>
        )}
        {create.error && !errors.field("name") && <Notice tone="error">{errors.message}</Notice>}
      </CardBody>
    </Card>
  );
}

function CapEditor({
  label,
  initial,
  saveText,
  onSave,
}: {
  label: string;
  initial: number | null;
  saveText: string;
  onSave: (cap: number | null) => void;
}) {
  const [text, setText] = useState(initial === null ? "" : String(initial));
  return (
    <form
      className="flex items-center gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        onSave(parseCap(text));
      }}
    >
      <input
        aria-label={label}
        inputMode="numeric"
        value={text}
        onChange={(e) => setText(e.target.value)}
        className="h-8 w-24 rounded-md border border-slate-300 px-2 text-sm"
      />
      <Button type="submit" variant="ghost" size="sm">
        {saveText}
      </Button>
    </form>
  );
}
