import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import type { JobSystemStatus } from "@/server/jobs/job-system-status";

/** Where the jobs run in this process, or why they do not. */
export async function SystemNotice({ status }: { status: JobSystemStatus }) {
  const t = await getTranslations("Jobs.system");
  if (status.state === "failed") {
    return <Notice tone="error">{t("failed", { error: status.error })}</Notice>;
  }
  return <Notice>{status.state === "off" ? t("off") : t(status.database)}</Notice>;
}
