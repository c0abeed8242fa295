import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { formatMoney } from "@/components/format/money";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { TextLink } from "@/components/ui/text-link";
import { canWrite } from "@/server/auth/roles";
import { loadAdmin } from "../../_data/load-admin";
import { CampaignControls } from "../_components/campaign-controls";
import { CampaignForm } from "../_components/campaign-form";
import { OutboxSection } from "../_components/outbox-section";
import { PreviewPanel } from "../_components/preview-panel";

export default async function CampaignPage({ params }: { params: Promise<{ id: string }> }) {
  const { caller, merchant } = await loadAdmin();
  if (!merchant) return null;
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const data = await caller.campaigns.get({ campaignId: id }).catch((error: unknown) => {
    if (error instanceof TRPCError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const [t, locale] = await Promise.all([getTranslations("Campaigns"), getLocale()]);
  const { campaign, results } = data;
  const canEdit = canWrite(merchant.role);
  const number = (n: number) => new Intl.NumberFormat(locale).format(n);
  const figures: [string, string][] = [
    [t("results.sent"), number(results.sent)],
    [t("results.opened"), number(results.opened)],
    [t("results.skipped"), number(results.skipped)],
    [t("results.failed"), number(results.failed)],
    [t("results.queued"), number(results.queued)],
    [t("results.orders"), number(results.orders)],
    [t("results.revenue"), formatMoney(results.revenue, merchant.currency, locale)],
  ];
  return (
    <>
      <p className="mb-2 text-sm">
        <TextLink href="/admin/campaigns">← {t("back")}</TextLink>
      </p>
      <div className="mb-6 flex flex-wrap items-start justify-between gap-4">
        <PageHeader
          title={campaign.name}
          description={`${t(`form.triggers.${campaign.trigger}`)} · ${
            campaign.trigger === "manual" ? t("manualHint") : t(`statuses.${campaign.status}`)
          }`}
        />
        {canEdit && (
          <CampaignControls
            campaignId={campaign.id}
            trigger={campaign.trigger}
            status={campaign.status}
          />
        )}
      </div>
      <div className="space-y-6">
        <Card>
          <CardHeader title={t("results.title")} description={t("results.hint")} />
          <CardBody>
            <dl className="grid gap-4 text-sm sm:grid-cols-4 lg:grid-cols-7">
              {figures.map(([label, value]) => (
                <div key={label}>
                  <dt className="text-slate-500">{label}</dt>
                  <dd className="text-lg font-semibold tabular-nums text-slate-900">{value}</dd>
                </div>
              ))}
            </dl>
          </CardBody>
        </Card>
        <PreviewPanel
          campaignId={campaign.id}
          canSend={canEdit}
          hasSecondStep={
            campaign.trigger === "winback" && campaign.params.secondStepDays !== undefined
          }
        />
        <CampaignForm
          campaignId={campaign.id}
          canEdit={canEdit}
          initial={{
            name: campaign.name,
            trigger: campaign.trigger,
            channel: campaign.channel,
            isTransactional: campaign.isTransactional,
            params: campaign.params,
            templates: campaign.templates,
          }}
        />
        <OutboxSection campaignId={campaign.id} timezone={merchant.timezone} locale={locale} />
      </div>
    </>
  );
}
