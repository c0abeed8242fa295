import type { Executor } from "@/db/database";
import type { StaffRole } from "@/db/schema";

export type Actor =
  | { kind: "staff"; userId: string; role: StaffRole; label: string }
  | { kind: "system"; label: string }
  | { kind: "integration"; keyId: string; label: string };

/** What every tenant-scoped service verb receives: the tenant is never taken from input. */
export type ServiceContext = {
  merchantId: string;
  actor: Actor;
  db: Executor;
};
