import { createAccessControl } from "better-auth/plugins/access";
import {
  adminAc,
  defaultStatements,
  memberAc,
  ownerAc,
} from "better-auth/plugins/organization/access";
import type { StaffRole } from "@/db/schema";

const ac = createAccessControl(defaultStatements);

/** Staff roles: owner runs everything, manager runs the program and team, analyst only reads. */
export const accessControl = {
  ac,
  roles: {
    owner: ac.newRole(ownerAc.statements),
    manager: ac.newRole(adminAc.statements),
    analyst: ac.newRole(memberAc.statements),
  },
};

const writers: ReadonlySet<StaffRole> = new Set(["owner", "manager"]);

export function canWrite(role: StaffRole): boolean {
  return writers.has(role);
}
