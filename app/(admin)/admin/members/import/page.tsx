import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { TextLink } from "@/components/ui/text-link";
import { canWrite } from "@/server/auth/roles";
import { loadAdmin } from "../../_data/load-admin";
import { MemberImporter } from "./_components/member-importer";

export default async function ImportMembersPage() {
  const { merchant } = await loadAdmin();
  if (!merchant) return null;
  if (!canWrite(merchant.role)) redirect("/admin/members");
  const t = await getTranslations("MemberImport");
  return (
    <>
      <p className="mb-2 text-sm">
        <TextLink href="/admin/members">← {t("back")}</TextLink>
      </p>
      <PageHeader title={t("title")} description={t("description")} />
      <MemberImporter />
    </>
  );
}
