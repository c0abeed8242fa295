import { and, asc, eq } from "drizzle-orm";
import { invitations, memberships, users } from "@/db/schema";
import type { ServiceContext } from "../context";

export async function listTeam({ ctx }: { ctx: ServiceContext }) {
  const members = await ctx.db
    .select({
      membershipId: memberships.id,
      userId: users.id,
      name: users.name,
      email: users.email,
      role: memberships.role,
      joinedAt: memberships.createdAt,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.merchantId, ctx.merchantId))
    .orderBy(asc(memberships.createdAt));
  const pending = await ctx.db
    .select({
      id: invitations.id,
      email: invitations.email,
      role: invitations.role,
      expiresAt: invitations.expiresAt,
    })
    .from(invitations)
    .where(and(eq(invitations.merchantId, ctx.merchantId), eq(invitations.status, "pending")))
    .orderBy(asc(invitations.createdAt));
  return { members, invitations: pending };
}
