import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { TextLink } from "@/components/ui/text-link";
import { canWrite } from "@/server/auth/roles";
import { loadAdmin } from "../../_data/load-admin";
import { CampaignForm } from "../_components/campaign-form";

export default async function NewCampaignPage() {
  const { merchant } = await loadAdmin();
  if (!merchant) return null;
  const t = await getTranslations("Campaigns");
  return (
    <>
      <p className="mb-2 text-sm">
        <TextLink href="/admin/campaigns">← {t("back")}</TextLink>
      </p>
      <PageHeader title={t("new")} />
      <CampaignForm canEdit={canWrite(merchant.role)} />
    </>
  );
}
