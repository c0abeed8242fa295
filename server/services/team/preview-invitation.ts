import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "@/db/database";
import { invitations, merchants, type StaffRole, users } from "@/db/schema";
import { NotFound } from "@/server/errors";

export const PreviewInvitationInput = z.object({ invitationId: z.string().min(1).max(200) });

export type InvitationStatus = "pending" | "accepted" | "rejected" | "canceled" | "expired";

/**
 * What the invite page shows to whoever holds the link (sent only to the invitee): the store,
 * the role and the invited address; never ids or the inviter's email.
 */
export async function previewInvitation({
  db,
  invitationId,
  now = new Date(),
}: {
  db: Executor;
  invitationId: string;
  now?: Date;
}) {
  const [invitation] = await db
    .select({
      email: invitations.email,
      role: invitations.role,
      status: invitations.status,
      expiresAt: invitations.expiresAt,
      storeName: merchants.name,
      inviterName: users.name,
    })
    .from(invitations)
    .innerJoin(merchants, eq(merchants.id, invitations.merchantId))
    .innerJoin(users, eq(users.id, invitations.inviterId))
    .where(eq(invitations.id, invitationId));
  if (!invitation) throw new NotFound("Invitation not found");
  const isExpired = invitation.status === "pending" && invitation.expiresAt <= now;
  return {
    email: invitation.email,
    role: invitation.role as StaffRole,
    status: (isExpired ? "expired" : invitation.status) as InvitationStatus,
    storeName: invitation.storeName,
    inviterName: invitation.inviterName,
  };
}
