import { and, eq } from "drizzle-orm";
import { memberships, type StaffRole } from "@/db/schema";
import { NotFound } from "@/server/errors";
import { recordAudit } from "../audit/record-audit";
import { callTeamApi, type TeamCall } from "./team-call";

export async function changeRole({
  ctx,
  auth,
  headers,
  input,
}: TeamCall & { input: { membershipId: string; role: StaffRole } }) {
  const [before] = await ctx.db
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.id, input.membershipId), eq(memberships.merchantId, ctx.merchantId)));
  if (!before) throw new NotFound("Teammate not found");
  await callTeamApi(() =>
    auth.api.updateMemberRole({
      body: { memberId: input.membershipId, role: input.role, organizationId: ctx.merchantId },
      headers,
    }),
  );
  await recordAudit(ctx.db, ctx.merchantId, ctx.actor, {
    action: "team.role_changed",
    entity: "membership",
    entityId: input.membershipId,
    before,
    after: { role: input.role },
  });
}
