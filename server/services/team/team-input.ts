import { z } from "zod";
import { staffRoles } from "@/db/schema";
import { emailField } from "@/server/validation/email-field";

export const StaffRoleInput = z.enum(staffRoles, "Choose owner, manager or analyst");
export const InviteInput = z.object({
  email: emailField(),
  role: StaffRoleInput,
});
export const ChangeRoleInput = z.object({ membershipId: z.string().min(1), role: StaffRoleInput });
export const RemoveTeammateInput = z.object({ membershipId: z.string().min(1) });
export type InviteInput = z.infer<typeof InviteInput>;
