import { useTranslations } from "next-intl";
import type { StaffRole } from "@/db/schema";

type InvitationSummaryProps = {
  invitation: { storeName: string; inviterName: string; role: StaffRole; email: string };
};

export function InvitationSummary({ invitation }: InvitationSummaryProps) {
  const t = useTranslations("Invite");
  const tRoles = useTranslations("Roles");
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-700">
        {t("summary", { inviter: invitation.inviterName, store: invitation.storeName })}
      </p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 rounded-lg bg-slate-50 px-4 py-3 text-sm">
        <dt className="text-slate-500">{t("role")}</dt>
        <dd className="font-medium text-slate-900">{tRoles(invitation.role)}</dd>
        <dt className="text-slate-500">{t("for")}</dt>
        <dd className="font-medium break-all text-slate-900">{invitation.email}</dd>
      </dl>
    </div>
  );
}
