import { getLocale, getTranslations } from "next-intl/server";
import { formatDate } from "@/components/format/date";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { TextLink } from "@/components/ui/text-link";
import { canWrite } from "@/server/auth/roles";
import { env } from "@/server/env";
import { loadAdmin } from "../_data/load-admin";
import { SettingsForm } from "./_components/settings-form";
import { TeamSection } from "./_components/team-section";

export default async function SettingsPage() {
  const { caller, user, merchant } = await loadAdmin();
  if (!merchant) return null;
  const [t, tJobs, locale, team] = await Promise.all([
    getTranslations("Settings"),
    getTranslations("Jobs"),
    getLocale(),
    caller.team.list(),
  ]);
  const date = (value: Date) => formatDate(value, locale, merchant.timezone);
  const canEdit = canWrite(merchant.role);

  return (
    <>
      <PageHeader title={t("title")} />
      <div className="space-y-6">
        <SettingsForm
          key={merchant.id}
          canEdit={canEdit}
          initial={{
            name: merchant.name,
            currency: merchant.currency,
            timezone: merchant.timezone,
            locale: merchant.locale,
          }}
        />
        <TeamSection
          storeName={merchant.name}
          actor={{ userId: user.id, role: merchant.role }}
          canManage={canEdit}
          inviteBaseUrl={`${env.APP_URL}/invite/`}
          members={team.members.map((m) => ({ ...m, joined: date(m.joinedAt) }))}
          invitations={team.invitations.map((i) => ({ ...i, expires: date(i.expiresAt) }))}
        />
        <Card>
          <CardHeader title={t("auditTitle")} description={t("auditDescription")} />
          <CardBody>
            <TextLink href="/admin/settings/audit">{t("openAudit")}</TextLink>
          </CardBody>
        </Card>
        <Card>
          <CardHeader title={tJobs("cardTitle")} description={tJobs("cardDescription")} />
          <CardBody>
            <TextLink href="/admin/settings/jobs">{tJobs("openJobs")}</TextLink>
          </CardBody>
        </Card>
      </div>
    </>
  );
}
