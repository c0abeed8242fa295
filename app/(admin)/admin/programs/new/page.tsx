import Link from "next/link";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ProgramDesigner } from "@/components/programs/designer/program-designer";
import {
  makeBlank,
  makeTemplate,
  programTypes,
  templateIds,
} from "@/components/programs/templates";
import { Card, CardBody } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { TextLink } from "@/components/ui/text-link";
import { canWrite } from "@/server/auth/roles";
import type { ProgramType } from "@/server/engine";
import { loadAdmin } from "../../_data/load-admin";

export default async function NewProgramPage({
  searchParams,
}: {
  searchParams: Promise<{ template?: string; type?: string }>;
}) {
  const { caller, merchant } = await loadAdmin();
  if (!merchant) return null;
  if (!canWrite(merchant.role)) redirect("/admin/programs");
  const params = await searchParams;
  const [t, tTemplates, tTypes, locale] = await Promise.all([
    getTranslations("Programs"),
    getTranslations("Templates"),
    getTranslations("ProgramTypes"),
    getLocale(),
  ]);
  const lang = locale === "en" ? "en" : "ru";
  const template = templateIds.find((id) => id === params.template);
  const type = programTypes.find((p) => p === params.type);
  if (template || type) {
    const config = template ? makeTemplate(template, lang) : makeBlank(type as ProgramType, lang);
    const facts = await caller.programs.storeFacts();
    return (
      <>
        <PageHeader
          title={t("newTitle")}
          description={<TextLink href="/admin/programs/new">← {t("otherTemplate")}</TextLink>}
        />
        <ProgramDesigner
          programId={null}
          initialName={template ? tTemplates(`${template}.name`) : tTypes(`${config.type}.name`)}
          initialConfig={config}
          live={null}
          canEdit
          currency={merchant.currency}
          timezone={merchant.timezone}
          facts={{ collectsBirthdays: facts.collectsBirthdays ?? undefined }}
          isRunning={false}
        />
      </>
    );
  }
  return (
    <>
      <PageHeader title={t("newTitle")} description={t("newDescription")} />
      <h2 className="mb-3 text-base font-semibold text-slate-900">{t("fromTemplate")}</h2>
      <ul className="mb-8 grid gap-4 sm:grid-cols-2">
        {templateIds.map((id) => (
          <li key={id}>
            <Card className="h-full">
              <CardBody className="flex h-full flex-col gap-2">
                <div className="flex items-center gap-2">
                  <h3 className="font-semibold text-slate-900">{tTemplates(`${id}.name`)}</h3>
                </div>
                <p className="flex-1 text-sm text-slate-600">{tTemplates(`${id}.description`)}</p>
                <Link
                  href={`/admin/programs/new?template=${id}`}
                  className="self-start text-sm font-medium text-brand-700 underline-offset-2 hover:underline"
                  aria-label={t("useTemplateNamed", { name: tTemplates(`${id}.name`) })}
                >
                  {t("useTemplate")} →
                </Link>
              </CardBody>
            </Card>
          </li>
        ))}
      </ul>
      <h2 className="mb-1 text-base font-semibold text-slate-900">{t("fromScratch")}</h2>
      <p className="mb-3 text-sm text-slate-600">{t("scratchHint")}</p>
      <ul className="flex flex-wrap gap-2">
        {programTypes.map((p) => (
          <li key={p}>
            <Link
              href={`/admin/programs/new?type=${p}`}
              className="inline-flex h-9 items-center rounded-md border border-slate-300 bg-white px-3 text-sm font-medium text-slate-800 hover:bg-slate-50"
            >
              {tTypes(`${p}.name`)}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
