"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { fromZonedLocal } from "@/components/format/zoned-time";
import { useErrorText } from "@/components/forms/use-error-text";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Notice } from "@/components/ui/notice";
import { TextField } from "@/components/ui/text-field";
import type { ProgramStatus } from "@/server/services/programs/program-status";

type ProgramControlsProps = {
  programId: string;
  name: string;
  status: ProgramStatus;
  canEdit: boolean;
  schedule: { startsAt: string; endsAt: string };
  timezone: string;
};

/** Pause/resume, schedule and duplicate: program-level switches beside the designer. */
export function ProgramControls(props: ProgramControlsProps) {
  const t = useTranslations("Programs.controls");
  const trpc = useTRPC();
  const router = useRouter();
  const { fromMutation } = useErrorText();
  const [isRefreshing, startRefresh] = useTransition();
  const [dialog, setDialog] = useState<"schedule" | "duplicate" | null>(null);
  const [startsAt, setStartsAt] = useState(props.schedule.startsAt);
  const [endsAt, setEndsAt] = useState(props.schedule.endsAt);
  const [copyName, setCopyName] = useState(t("copyName", { name: props.name }));
  const refresh = () => startRefresh(() => router.refresh());
  const pause = useMutation(trpc.programs.pause.mutationOptions({ onSuccess: refresh }));
  const resume = useMutation(trpc.programs.resume.mutationOptions({ onSuccess: refresh }));
  const schedule = useMutation(
    trpc.programs.schedule.mutationOptions({
      onSuccess: () => {
        setDialog(null);
        refresh();
      },
    }),
  );
  const duplicate = useMutation(
    trpc.programs.duplicate.mutationOptions({
      onSuccess: ({ programId }) => router.push(`/admin/programs/${programId}`),
    }),
  );
  if (!props.canEdit) return null;
  const error = pause.error ?? resume.error;
  const isPublished = props.status !== "draft";
  const toInstant = (local: string) => (local ? fromZonedLocal(local, props.timezone) : null);
  return (
    <div className="flex flex-wrap items-center gap-2">
      {isPublished &&
        (props.status === "paused" ? (
          <Button
            variant="secondary"
            size="sm"
            isPending={resume.isPending || isRefreshing}
            onClick={() => resume.mutate({ programId: props.programId })}
          >
            {t("resume")}
          </Button>
        ) : (
          <Button
            variant="secondary"
            size="sm"
            isPending={pause.isPending || isRefreshing}
            onClick={() => pause.mutate({ programId: props.programId })}
          >
            {t("pause")}
          </Button>
        ))}
      <Button variant="secondary" size="sm" onClick={() => setDialog("schedule")}>
        {t("schedule")}
      </Button>
      <Button variant="secondary" size="sm" onClick={() => setDialog("duplicate")}>
        {t("duplicate")}
      </Button>
      {error && <Notice tone="error">{fromMutation(error).message}</Notice>}
      <Dialog
        open={dialog === "schedule"}
        onClose={() => setDialog(null)}
        title={t("scheduleTitle")}
        description={t("scheduleHint", { zone: props.timezone })}
      >
        <form
          className="space-y-4"
          onSubmit={(event) => {
            event.preventDefault();
            schedule.mutate({
              programId: props.programId,
              startsAt: toInstant(startsAt),
              endsAt: toInstant(endsAt),
            });
          }}
        >
          <TextField
            type="datetime-local"
            label={t("startsAt")}
            value={startsAt}
            onChange={(e) => setStartsAt(e.target.value)}
            hint={t("emptyMeansNow")}
          />
          <TextField
            type="datetime-local"
            label={t("endsAt")}
            value={endsAt}
            onChange={(e) => setEndsAt(e.target.value)}
            hint={t("emptyMeansNever")}
            error={fromMutation(schedule.error).field("endsAt")}
          />
          {schedule.error && <Notice tone="error">{fromMutation(schedule.error).message}</Notice>}
          <p className="text-xs text-slate-500">{t("jobNote")}</p>
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={() => setDialog(null)}>
              {t("cancel")}
            </Button>
            <Button type="submit" isPending={schedule.isPending}>
              {t("saveSchedule")}
            </Button>
          </div>
        </form>
      </Dialog>
      <Dialog
        open={dialog === "duplicate"}
        onClose={() => setDialog(null)}
        title={t("duplicateTitle")}
        description={t("duplicateHint")}
      >
        <form
          className="space-y-4"
          onSubmit={(event) => {
            event.preventDefault();
            duplicate.mutate({ programId: props.programId, name: copyName });
          }}
        >
          <TextField
            label={t("copyLabel")}
            value={copyName}
            onChange={(e) => setCopyName(e.target.value)}
            required
          />
          {duplicate.error && <Notice tone="error">{fromMutation(duplicate.error).message}</Notice>}
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={() => setDialog(null)}>
              {t("cancel")}
            </Button>
            <Button type="submit" isPending={duplicate.isPending}>
              {t("duplicate")}
            </Button>
          </div>
        </form>
      </Dialog>
    </div>
  );
}
