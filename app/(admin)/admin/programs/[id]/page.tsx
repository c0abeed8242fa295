import { TRPCError } from "@trpc/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { toZonedLocal } from "@/components/format/zoned-time";
import { ProgramDesigner } from "@/components/programs/designer/program-designer";
import { buttonClass } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { TextLink } from "@/components/ui/text-link";
import { canWrite } from "@/server/auth/roles";
import { loadAdmin } from "../../_data/load-admin";
import { StatusBadge } from "../_components/status-badge";
import { ProgramControls } from "./_components/program-controls";
import { VersionHistory } from "./_components/version-history";

export default async function ProgramPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ created?: string }>;
}) {
  const { caller, merchant } = await loadAdmin();
  if (!merchant) return null;
  const [{ id }, { created }] = await Promise.all([params, searchParams]);
  const program = await caller.programs.get({ programId: id }).catch((error: unknown) => {
    if (error instanceof TRPCError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const [t, tTypes, locale, facts] = await Promise.all([
    getTranslations("Programs"),
    getTranslations("ProgramTypes"),
    getLocale(),
    caller.programs.storeFacts(),
  ]);
  const canEdit = canWrite(merchant.role);
  const current = program.draft ?? program.live;
  if (!current) notFound();
  const zone = merchant.timezone;
  return (
    <>
      <p className="mb-2 text-sm">
        <TextLink href="/admin/programs">← {t("backToList")}</TextLink>
      </p>
      <div className="mb-6 flex flex-wrap items-start justify-between gap-4">
        <PageHeader
          title={program.name}
          description={
            <span className="flex flex-wrap items-center gap-2">
              <StatusBadge status={program.status} />
              <span>{tTypes(`${current.config.type}.name`)}</span>
              <span>·</span>
              <span>
                {program.live ? t("liveVersion", { n: program.live.version }) : t("notPublished")}
              </span>
              {program.draft && program.live && <span>· {t("draftPending")}</span>}
            </span>
          }
        />
        <div className="flex flex-wrap items-center gap-2">
          <Link
            href={`/admin/programs/${program.id}/simulate`}
            className={buttonClass({ variant: "secondary", size: "sm" })}
          >
            {t("simulate")}
          </Link>
          <ProgramControls
            programId={program.id}
            name={program.name}
            status={program.status}
            canEdit={canEdit}
            schedule={{
              startsAt: program.startsAt ? toZonedLocal(program.startsAt, zone) : "",
              endsAt: program.endsAt ? toZonedLocal(program.endsAt, zone) : "",
            }}
            timezone={zone}
          />
        </div>
      </div>
      {created && (
        <Notice tone="success" className="mb-4">
          {t("createdNotice")}
        </Notice>
      )}
      {!canEdit && <Notice className="mb-4">{t("readOnly")}</Notice>}
      <ProgramDesigner
        key={program.id}
        programId={program.id}
        initialName={program.name}
        initialConfig={current.config}
        live={program.live?.config ?? null}
        canEdit={canEdit}
        currency={merchant.currency}
        timezone={zone}
        facts={{ collectsBirthdays: facts.collectsBirthdays ?? undefined }}
        isRunning={program.status === "live"}
      />
      <VersionHistory
        versions={program.history.map((v) => ({
          version: v.version,
          status: v.status,
          publishedAt: v.publishedAt
            ? new Intl.DateTimeFormat(locale, {
                dateStyle: "medium",
                timeStyle: "short",
                timeZone: zone,
              }).format(v.publishedAt)
            : null,
          publishedBy: v.publishedBy,
          updatedAt: new Intl.DateTimeFormat(locale, {
            dateStyle: "medium",
            timeStyle: "short",
            timeZone: zone,
          }).format(v.updatedAt),
        }))}
      />
    </>
  );
}
