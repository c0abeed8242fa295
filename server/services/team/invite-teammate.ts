import { recordAudit } from "../audit/record-audit";
import { callTeamApi, type TeamCall } from "./team-call";
import type { InviteInput } from "./team-input";

/** Queues an invitation email with an accept link; the invitee joins with the given role. */
export async function inviteTeammate({
  ctx,
  auth,
  headers,
  input,
}: TeamCall & { input: InviteInput }) {
  const invitation = await callTeamApi(() =>
    auth.api.createInvitation({
      body: { email: input.email, role: input.role, organizationId: ctx.merchantId },
      headers,
    }),
  );
  await recordAudit(ctx.db, ctx.merchantId, ctx.actor, {
    action: "team.invited",
    entity: "invitation",
    entityId: invitation.id,
    after: { email: input.email, role: input.role },
  });
  return { id: invitation.id, email: invitation.email, role: invitation.role };
}
