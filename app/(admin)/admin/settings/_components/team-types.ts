import type { StaffRole } from "@/db/schema";

export type TeamMember = {
  membershipId: string;
  userId: string;
  name: string;
  email: string;
  role: string;
  joined: string;
};

export type PendingInvitation = { id: string; email: string; role: string; expires: string };

export type TeamActor = { userId: string; role: StaffRole };

/** Only an owner hands out or takes away the owner role; better-auth enforces the same. */
export function assignableRoles(actor: TeamActor): StaffRole[] {
  return actor.role === "owner" ? ["analyst", "manager", "owner"] : ["analyst", "manager"];
}

export function isStaffRole(role: string): role is StaffRole {
  return role === "owner" || role === "manager" || role === "analyst";
}
