import { TRPCError } from "@trpc/server";
import { and, asc, eq } from "drizzle-orm";
import type { Db } from "@/db/database";
import { memberships, type StaffRole, staffRoles } from "@/db/schema";

type SessionLike = { user: { id: string }; session: { activeOrganizationId?: string | null } };

/** The active store comes from the server-side session; without one, the user's first store. */
export async function resolveStaff(db: Db, session: SessionLike) {
  const userId = session.user.id;
  const activeId = session.session.activeOrganizationId;
  const [membership] = activeId
    ? await db
        .select()
        .from(memberships)
        .where(and(eq(memberships.userId, userId), eq(memberships.merchantId, activeId)))
    : await db
        .select()
        .from(memberships)
        .where(eq(memberships.userId, userId))
        .orderBy(asc(memberships.createdAt))
        .limit(1);
  if (!membership || !isStaffRole(membership.role)) {
    throw new TRPCError({ code: "FORBIDDEN", message: "You are not a member of this store" });
  }
  return { merchantId: membership.merchantId, userId, role: membership.role };
}

function isStaffRole(role: string): role is StaffRole {
  return (staffRoles as readonly string[]).includes(role);
}
