"use client";
import { useLocale, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Notice } from "@/components/ui/notice";
import type { ProgramConfig } from "@/server/engine";
import { diffConfigs } from "../diff-config";
import { describeChanges } from "./describe-change";

type PublishDialogProps = {
  open: boolean;
  onClose: () => void;
  onConfirm: () => void;
  isPending: boolean;
  error?: string;
  live: ProgramConfig | null;
  draft: ProgramConfig;
  currency: string;
  isScheduledOrPaused: boolean;
};

/** Confirms publishing and shows, field by field, what changes against the live version. */
export function PublishDialog(props: PublishDialogProps) {
  const t = useTranslations("Designer.publish");
  const tFields = useTranslations("ProgramFields");
  const locale = useLocale();
  const changes = props.live
    ? describeChanges(diffConfigs(props.live, props.draft), {
        t: tFields as unknown as Parameters<typeof describeChanges>[1]["t"],
        locale,
        currency: props.currency,
        config: props.draft,
      })
    : [];
  return (
    <Dialog
      size="lg"
      open={props.open}
      onClose={props.onClose}
      title={t("title")}
      description={props.live ? t("diffIntro") : t("firstIntro")}
    >
      <div className="space-y-4">
        {props.live && changes.length === 0 && <Notice>{t("noChanges")}</Notice>}
        {changes.length > 0 && (
          <div className="max-h-80 overflow-y-auto">
            <table className="w-full text-sm">
              <caption className="sr-only">{t("changes")}</caption>
              <thead>
                <tr className="text-left text-xs text-slate-500">
                  <th scope="col" className="py-1 pr-2 font-medium">
                    {t("field")}
                  </th>
                  <th scope="col" className="py-1 pr-2 font-medium">
                    {t("before")}
                  </th>
                  <th scope="col" className="py-1 font-medium">
                    {t("after")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {changes.map((c) => (
                  <tr key={c.label} className="border-t border-slate-100 align-top">
                    <th scope="row" className="py-1.5 pr-2 text-left font-medium text-slate-800">
                      {c.label}
                    </th>
                    <td className="py-1.5 pr-2 text-slate-500 line-through decoration-slate-300">
                      {c.before}
                    </td>
                    <td className="py-1.5 font-medium text-slate-900">{c.after}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <p className="text-sm text-slate-600">{t("pastOrders")}</p>
        {props.isScheduledOrPaused && <p className="text-sm text-slate-600">{t("notRunning")}</p>}
        {props.error && <Notice tone="error">{props.error}</Notice>}
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={props.onClose}>
            {t("cancel")}
          </Button>
          <Button onClick={props.onConfirm} isPending={props.isPending}>
            {t("confirm")}
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
