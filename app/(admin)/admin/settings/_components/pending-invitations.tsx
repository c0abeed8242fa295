import { useTranslations } from "next-intl";
import { AcceptLink } from "./accept-link";
import { isStaffRole, type PendingInvitation } from "./team-types";

type PendingInvitationsProps = { invitations: PendingInvitation[]; inviteBaseUrl: string };

export function PendingInvitations({ invitations, inviteBaseUrl }: PendingInvitationsProps) {
  const t = useTranslations("Team");
  const tRoles = useTranslations("Roles");
  return (
    <section className="space-y-3">
      <h3 className="text-sm font-semibold text-slate-900">{t("pending")}</h3>
      {invitations.length === 0 ? (
        <p className="text-sm text-slate-500">{t("noPending")}</p>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200">
          {invitations.map((invitation) => (
            <li key={invitation.id} className="space-y-2 px-4 py-3">
              <div className="flex flex-wrap items-baseline justify-between gap-2 text-sm">
                <span className="font-medium text-slate-900">{invitation.email}</span>
                <span className="text-slate-500">
                  {isStaffRole(invitation.role) ? tRoles(invitation.role) : invitation.role} ·{" "}
                  {t("expires", { date: invitation.expires })}
                </span>
              </div>
              <AcceptLink url={`${inviteBaseUrl}${invitation.id}`} email={invitation.email} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
