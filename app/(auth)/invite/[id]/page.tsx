import { TRPCError } from "@trpc/server";
import { getTranslations } from "next-intl/server";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { Notice } from "@/components/ui/notice";
import { TextLink } from "@/components/ui/text-link";
import { getServerCaller } from "@/server/api/server-caller";
import { AuthCard } from "../../_components/auth-card";
import { AcceptButton } from "./_components/accept-button";
import { InvitationSummary } from "./_components/invitation-summary";
import { JoinForm } from "./_components/join-form";

type InvitePageProps = { params: Promise<{ id: string }> };

export default async function InvitePage({ params }: InvitePageProps) {
  const { id } = await params;
  const caller = await getServerCaller();
  const [invitation, user, t] = await Promise.all([
    caller.team.invitation({ invitationId: id }).catch((error: unknown) => {
      if (error instanceof TRPCError && error.code === "NOT_FOUND") return null;
      throw error;
    }),
    caller.account.me().catch(() => null),
    getTranslations("Invite"),
  ]);

  if (!invitation) {
    return (
      <AuthCard title={t("title")}>
        <Notice tone="error">{t("notFound")}</Notice>
      </AuthCard>
    );
  }

  const returnHere = `/invite/${encodeURIComponent(id)}`;
  const isRecipient = user?.email.toLowerCase() === invitation.email.toLowerCase();
  return (
    <AuthCard title={t("title")}>
      <div className="space-y-6">
        <InvitationSummary invitation={invitation} />
        {invitation.status !== "pending" ? (
          <div className="space-y-4">
            <Notice tone="info">{t(`status.${invitation.status}`)}</Notice>
            {user && <TextLink href="/admin">{t("openAdmin")}</TextLink>}
          </div>
        ) : isRecipient ? (
          <AcceptButton invitationId={id} />
        ) : user ? (
          <div className="space-y-4">
            <Notice tone="info">
              {t("wrongAccount", { current: user.email, invited: invitation.email })}
            </Notice>
            <SignOutButton label={t("signOut")} redirectTo={returnHere} />
          </div>
        ) : (
          <div className="space-y-6">
            <p className="text-sm text-slate-600">
              {t("haveAccount")}{" "}
              <TextLink href={`/sign-in?next=${encodeURIComponent(returnHere)}`}>
                {t("signIn")}
              </TextLink>
            </p>
            <section className="space-y-4 border-t border-slate-100 pt-6">
              <div className="space-y-1">
                <h2 className="text-base font-semibold text-slate-900">{t("joinTitle")}</h2>
                <p className="text-sm text-slate-500">
                  {t("joinHint", { store: invitation.storeName })}
                </p>
              </div>
              <JoinForm invitationId={id} email={invitation.email} />
            </section>
          </div>
        )}
      </div>
    </AuthCard>
  );
}
