"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useTransition } from "react";
import { useErrorText } from "@/components/forms/use-error-text";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";

type Club = {
  programId: string;
  name: string;
  isActive: boolean;
  hasJoined: boolean;
  endsAt: Date | null;
};

/** The member in each live club, and an invitation (which also renews) for staff who may write. */
export function ClubCard({
  memberId,
  clubs,
  canEdit,
  timezone,
}: {
  memberId: string;
  clubs: Club[];
  canEdit: boolean;
  timezone: string;
}) {
  const t = useTranslations("MemberPage.adminClub");
  const locale = useLocale();
  const trpc = useTRPC();
  const router = useRouter();
  const { fromMutation } = useErrorText();
  const [, startRefresh] = useTransition();
  const invite = useMutation(
    trpc.club.invite.mutationOptions({ onSuccess: () => startRefresh(() => router.refresh()) }),
  );
  const date = (d: Date) =>
    new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: timezone }).format(d);
  const statusOf = (club: Club) => {
    if (!club.hasJoined) return t("never");
    if (!club.isActive) return club.endsAt ? t("lapsed", { date: date(club.endsAt) }) : t("never");
    return club.endsAt ? t("active", { date: date(club.endsAt) }) : t("activeForever");
  };
  return (
    <Card className="mt-6">
      <CardHeader title={t("title")} description={t("description")} />
      <CardBody className="space-y-3 text-sm">
        {clubs.map((club) => (
          <div key={club.programId} className="flex flex-wrap items-center justify-between gap-3">
            <p>
              <span className="font-medium text-slate-900">{club.name}</span>
              <span className="text-slate-600"> · {statusOf(club)}</span>
            </p>
            {canEdit && !(club.isActive && club.endsAt === null) && (
              <Button
                variant="secondary"
                size="sm"
                disabled={invite.isPending}
                onClick={() => invite.mutate({ memberId, programId: club.programId })}
              >
                {club.isActive ? t("renew") : t("invite")}
              </Button>
            )}
          </div>
        ))}
        {invite.isError && <Notice tone="error">{fromMutation(invite.error).message}</Notice>}
        {invite.data && (
          <Notice tone="success">
            {invite.data.endsAt
              ? t("invited", { date: date(new Date(invite.data.endsAt)) })
              : t("invitedForever")}
          </Notice>
        )}
      </CardBody>
    </Card>
  );
}
