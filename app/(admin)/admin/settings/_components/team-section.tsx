import { useTranslations } from "next-intl";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { InviteForm } from "./invite-form";
import { MemberRow } from "./member-row";
import { PendingInvitations } from "./pending-invitations";
import type { PendingInvitation, TeamActor, TeamMember } from "./team-types";

type TeamSectionProps = {
  storeName: string;
  actor: TeamActor;
  canManage: boolean;
  inviteBaseUrl: string;
  members: TeamMember[];
  invitations: PendingInvitation[];
};

export function TeamSection({
  storeName,
  actor,
  canManage,
  inviteBaseUrl,
  members,
  invitations,
}: TeamSectionProps) {
  const t = useTranslations("Team");
  return (
    <Card>
      <CardHeader title={t("title")} description={t("description")} />
      <CardBody className="space-y-8">
        {!canManage && <Notice>{t("readOnly")}</Notice>}
        <div className="relative -mx-6 overflow-x-auto">
          <table className="w-full min-w-[40rem] text-left text-sm">
            <caption className="px-6 pb-2 text-left text-sm font-semibold text-slate-900">
              {t("staff")}
            </caption>
            <thead className="border-y border-slate-100 bg-slate-50 text-xs text-slate-500">
              <tr>
                <th scope="col" className="px-6 py-2 font-medium">
                  {t("name")}
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  {t("email")}
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  {t("role")}
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  {t("joined")}
                </th>
                <th scope="col" className="px-6 py-2 text-right font-medium">
                  <span className="sr-only">{t("actions")}</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {members.map((member) => (
                <MemberRow
                  key={member.membershipId}
                  member={member}
                  actor={actor}
                  canManage={canManage}
                  storeName={storeName}
                />
              ))}
            </tbody>
          </table>
        </div>
        <PendingInvitations invitations={invitations} inviteBaseUrl={inviteBaseUrl} />
        {canManage && <InviteForm actor={actor} />}
      </CardBody>
    </Card>
  );
}
