"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useErrorText } from "@/components/forms/use-error-text";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
import { RemoveMemberDialog } from "./remove-member-dialog";
import { assignableRoles, isStaffRole, type TeamActor, type TeamMember } from "./team-types";

type MemberRowProps = {
  member: TeamMember;
  actor: TeamActor;
  canManage: boolean;
  storeName: string;
};

export function MemberRow({ member, actor, canManage, storeName }: MemberRowProps) {
  const t = useTranslations("Team");
  const tRoles = useTranslations("Roles");
  const trpc = useTRPC();
  const router = useRouter();
  const { fromMutation } = useErrorText();
  const [isRemoving, setIsRemoving] = useState(false);
  const [isRefreshing, startRefresh] = useTransition();
  const changeRole = useMutation(
    trpc.team.changeRole.mutationOptions({
      onSuccess: () => startRefresh(() => router.refresh()),
    }),
  );
  const isSelf = member.userId === actor.userId;
  const canEdit = canManage && !isSelf && (actor.role === "owner" || member.role !== "owner");
  const roleLabel = isStaffRole(member.role) ? tRoles(member.role) : member.role;

  return (
    <tr className="align-middle">
      <td className="px-6 py-3 font-medium text-slate-900">
        {member.name}
        {isSelf && <span className="ml-1 font-normal text-slate-500">({t("you")})</span>}
      </td>
      <td className="px-3 py-3 text-slate-600">{member.email}</td>
      <td className="px-3 py-3">
        {canEdit ? (
          <Select
            aria-label={t("roleFor", { name: member.name })}
            className="w-36"
            value={member.role}
            disabled={changeRole.isPending || isRefreshing}
            onChange={(e) =>
              changeRole.mutate({
                membershipId: member.membershipId,
                role: e.target.value as TeamActor["role"],
              })
            }
          >
            {assignableRoles(actor).map((role) => (
              <option key={role} value={role}>
                {tRoles(role)}
              </option>
            ))}
          </Select>
        ) : (
          <span className="text-slate-700">{roleLabel}</span>
        )}
        {changeRole.error && (
          <p role="alert" className="mt-1 text-xs text-red-700">
            {fromMutation(changeRole.error).message}
          </p>
        )}
      </td>
      <td className="px-3 py-3 text-slate-600">{member.joined}</td>
      <td className="px-6 py-3 text-right">
        {canEdit && (
          <Button
            variant="danger"
            size="sm"
            aria-label={`${t("remove")}: ${member.name}`}
            onClick={() => setIsRemoving(true)}
          >
            {t("remove")}
          </Button>
        )}
        <RemoveMemberDialog
          open={isRemoving}
          onClose={() => setIsRemoving(false)}
          member={member}
          storeName={storeName}
        />
      </td>
    </tr>
  );
}
