import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { ProgramStatus } from "@/server/services/programs/program-status";

const tones: Record<ProgramStatus, string> = {
  draft: "bg-slate-100 text-slate-700",
  live: "bg-emerald-50 text-emerald-800",
  paused: "bg-amber-50 text-amber-800",
  scheduled: "bg-sky-50 text-sky-800",
  ended: "bg-slate-100 text-slate-600",
  archived: "bg-slate-100 text-slate-500",
};

export function StatusBadge({ status }: { status: ProgramStatus }) {
  const t = useTranslations("Programs.status");
  return <Badge className={tones[status]}>{t(status)}</Badge>;
}
