"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { type ReactNode, useMemo, useState, useTransition } from "react";
import { useErrorText } from "@/components/forms/use-error-text";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { ProgramConfig, ProgramType } from "@/server/engine";
import { diffConfigs } from "../diff-config";
import type { StoreFacts } from "../find-config-conflicts";
import { LiveExample } from "../live-example/live-example";
import { ActionsSection } from "./actions-section";
import { BasicsSection } from "./basics-section";
import { type Path, pathKey, setIn } from "./config-path";
import { DesignerContext, type DesignerState } from "./designer-context";
import { DiscountSection } from "./discount-section";
import { EarningSection } from "./earning-section";
import { ExclusionsSection } from "./exclusions-section";
import { ExpirySection } from "./expiry-section";
import { CashbackSection, ClubSection, ReferralSection } from "./other-sections";
import { ProblemsPanel } from "./problems-panel";
import { PublishDialog } from "./publish-dialog";
import { SpendingSection } from "./spending-section";
import { SummaryPanel } from "./summary-panel";
import { TiersSection } from "./tiers-section";
import { useConfigProblems } from "./use-config-problems";
import { WindowsSection } from "./windows-section";

const sectionViews = {
  discount: DiscountSection,
  earning: EarningSection,
  spending: SpendingSection,
  expiry: ExpirySection,
  tiers: TiersSection,
  exclusions: ExclusionsSection,
  windows: WindowsSection,
  actions: ActionsSection,
  cashback: CashbackSection,
  referral: ReferralSection,
  club: ClubSection,
} satisfies Record<string, () => ReactNode>;
type SectionName = keyof typeof sectionViews;

/** One section per concern, in the order that matters most for each type. */
const sectionsByType: Record<ProgramType, SectionName[]> = {
  discount: ["discount", "exclusions", "windows"],
  bonus: ["earning", "spending", "expiry", "exclusions", "windows", "actions"],
  tiers: ["tiers", "earning", "spending", "expiry", "discount", "exclusions", "windows", "actions"],
  combined: [
    "discount",
    "earning",
    "spending",
    "expiry",
    "tiers",
    "exclusions",
    "windows",
    "actions",
  ],
  cashback: ["cashback", "exclusions"],
  referral: ["referral"],
  club: ["club"],
};

export type ProgramDesignerProps = {
  programId: string | null;
  initialName: string;
  initialConfig: ProgramConfig;
  live: ProgramConfig | null;
  canEdit: boolean;
  currency: string;
  timezone: string;
  facts: StoreFacts;
  isRunning: boolean;
};

export function ProgramDesigner(props: ProgramDesignerProps) {
  const t = useTranslations("Designer");
  const locale = useLocale() as "ru" | "en";
  const trpc = useTRPC();
  const router = useRouter();
  const { fromMutation } = useErrorText();
  const [name, setName] = useState(props.initialName);
  const [config, setConfig] = useState(props.initialConfig);
  const [lastValid, setLastValid] = useState(props.initialConfig);
  const [isPublishOpen, setIsPublishOpen] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [isRefreshing, startRefresh] = useTransition();
  const { parsed, problems, byPath, hasErrors } = useConfigProblems(config, props.facts);
  if (parsed && parsed !== lastValid) setLastValid(parsed);
  // Stored configs come back from jsonb with keys reordered: compare by value, not by text.
  const isDirty = useMemo(
    () => name !== props.initialName || diffConfigs(props.initialConfig, config).length > 0,
    [name, config, props.initialName, props.initialConfig],
  );

  const create = useMutation(trpc.programs.create.mutationOptions());
  const saveDraft = useMutation(trpc.programs.saveDraft.mutationOptions());
  const rename = useMutation(trpc.programs.rename.mutationOptions());
  const publish = useMutation(trpc.programs.publish.mutationOptions());
  const failed = create.error ?? saveDraft.error ?? rename.error ?? publish.error;
  const nameError = name.trim() === "" ? t("nameRequired") : undefined;

  async function save(): Promise<string | null> {
    if (!parsed || nameError) return null;
    if (!props.programId) {
      const created = await create.mutateAsync({ name: name.trim(), config: parsed });
      return created.programId;
    }
    if (name !== props.initialName)
      await rename.mutateAsync({ programId: props.programId, name: name.trim() });
    await saveDraft.mutateAsync({ programId: props.programId, config: parsed });
    return props.programId;
  }

  async function onSave() {
    setNotice(null);
    const id = await save().catch(() => null);
    if (!id) return;
    if (!props.programId) {
      router.push(`/admin/programs/${id}?created=1`);
      return;
    }
    setNotice(t("saved"));
    startRefresh(() => router.refresh());
  }

  async function onPublish() {
    const id = isDirty ? await save().catch(() => null) : props.programId;
    if (!id) return;
    const done = await publish.mutateAsync({ programId: id }).catch(() => null);
    if (!done) return;
    setIsPublishOpen(false);
    setNotice(t("published", { version: done.version }));
    startRefresh(() => router.refresh());
  }

  const state: DesignerState = {
    config,
    update: (path: Path, value: unknown) => {
      setNotice(null);
      setConfig((current) => setIn(current, path, value));
    },
    errorAt: (path: Path) => byPath.get(pathKey(path)),
    currency: props.currency,
    locale,
    canEdit: props.canEdit,
  };
  const busy = create.isPending || saveDraft.isPending || rename.isPending || isRefreshing;

  return (
    <DesignerContext value={state}>
      <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_24rem]">
        <form
          noValidate
          aria-label={t("formLabel")}
          className="min-w-0 space-y-6"
          onSubmit={(event) => {
            event.preventDefault();
            void onSave();
          }}
        >
          <BasicsSection name={name} onName={setName} nameError={nameError} />
          {sectionsByType[config.type].map((section) => {
            const SectionView = sectionViews[section];
            return <SectionView key={section} />;
          })}
          {props.canEdit && (
            <div className="sticky bottom-0 z-10 -mx-1 flex flex-wrap items-center gap-3 border-t border-slate-200 bg-white/95 px-1 py-3 backdrop-blur">
              <Button
                type="submit"
                variant={props.programId ? "secondary" : "primary"}
                isPending={busy}
                disabled={hasErrors || Boolean(nameError)}
              >
                {props.programId ? t("saveDraft") : t("create")}
              </Button>
              {props.programId && (
                <Button
                  onClick={() => {
                    publish.reset();
                    setIsPublishOpen(true);
                  }}
                  disabled={hasErrors || Boolean(nameError)}
                >
                  {t("publishButton")}
                </Button>
              )}
              {hasErrors && <p className="text-sm text-red-700">{t("fixFirst")}</p>}
              {notice && !isDirty && (
                <p role="status" className="text-sm text-emerald-700">
                  {notice}
                </p>
              )}
              {isDirty && !hasErrors && <p className="text-sm text-slate-500">{t("unsaved")}</p>}
              {failed && !isPublishOpen && (
                <Notice tone="error">{fromMutation(failed).message}</Notice>
              )}
            </div>
          )}
        </form>
        <aside
          aria-label={t("preview")}
          className="space-y-4 xl:sticky xl:top-4 xl:max-h-[calc(100vh-2rem)] xl:self-start xl:overflow-y-auto"
        >
          <ProblemsPanel problems={problems} config={config} currency={props.currency} />
          <LiveExample
            config={lastValid}
            isStale={!parsed}
            currency={props.currency}
            timezone={props.timezone}
            locale={locale}
          />
          <SummaryPanel config={config} currency={props.currency} locale={locale} />
        </aside>
      </div>
      {props.programId && parsed && (
        <PublishDialog
          open={isPublishOpen}
          onClose={() => setIsPublishOpen(false)}
          onConfirm={() => void onPublish()}
          isPending={publish.isPending || saveDraft.isPending || isRefreshing}
          error={
            publish.error || saveDraft.error
              ? fromMutation(publish.error ?? saveDraft.error).message
              : undefined
          }
          live={props.live}
          draft={parsed}
          currency={props.currency}
          isScheduledOrPaused={!props.isRunning && props.live !== null}
        />
      )}
    </DesignerContext>
  );
}
