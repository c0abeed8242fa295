import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { TextLink } from "@/components/ui/text-link";
import { canWrite } from "@/server/auth/roles";
import { loadAdmin } from "../../../_data/load-admin";
import { Simulator } from "./_components/simulator";

export default async function SimulatePage({ params }: { params: Promise<{ id: string }> }) {
  const { caller, merchant } = await loadAdmin();
  if (!merchant) return null;
  const { id } = await params;
  const program = await caller.programs.get({ programId: id }).catch((error: unknown) => {
    if (error instanceof TRPCError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const t = await getTranslations("Simulator");
  const canEdit = canWrite(merchant.role);
  const comparison = program.draft
    ? program.live
      ? t("compareDraft", { draft: program.draft.version, live: program.live.version })
      : t("compareNoLive", { draft: program.draft.version })
    : program.live
      ? t("compareNoDraft", { live: program.live.version })
      : null;
  return (
    <>
      <p className="mb-2 text-sm">
        <TextLink href={`/admin/programs/${program.id}`}>← {program.name}</TextLink>
      </p>
      <PageHeader title={t("title", { name: program.name })} description={t("description")} />
      {comparison ? (
        <p className="mt-2 mb-6 text-sm text-slate-700">{comparison}</p>
      ) : (
        <Notice className="mt-4">{t("nothingToCompare")}</Notice>
      )}
      {!canEdit && <Notice className="mb-4">{t("readOnly")}</Notice>}
      {comparison && (
        <Simulator programId={program.id} canEdit={canEdit} currency={merchant.currency} />
      )}
    </>
  );
}
