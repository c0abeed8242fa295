import { and, eq } from "drizzle-orm";
import { memberships } from "@/db/schema";
import { NotFound } from "@/server/errors";
import { recordAudit } from "../audit/record-audit";
import { callTeamApi, type TeamCall } from "./team-call";

export async function removeTeammate({
  ctx,
  auth,
  headers,
  input,
}: TeamCall & { input: { membershipId: string } }) {
  const [before] = await ctx.db
    .select({ userId: memberships.userId, role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.id, input.membershipId), eq(memberships.merchantId, ctx.merchantId)));
  if (!before) throw new NotFound("Teammate not found");
  await callTeamApi(() =>
    auth.api.removeMember({
      body: { memberIdOrEmail: input.membershipId, organizationId: ctx.merchantId },
      headers,
    }),
  );
  await recordAudit(ctx.db, ctx.merchantId, ctx.actor, {
    action: "team.removed",
    entity: "membership",
    entityId: input.membershipId,
    before,
  });
}
