import type { Executor } from "@/db/database";
import { auditLog } from "@/db/schema";
import type { Actor } from "../context";

export type AuditEntry = {
  action: string;
  entity: string;
  entityId?: string;
  before?: unknown;
  after?: unknown;
};

/** Call inside the transaction of the change it describes. */
export async function recordAudit(
  db: Executor,
  merchantId: string,
  actor: Actor,
  entry: AuditEntry,
) {
  await db.insert(auditLog).values({
    merchantId,
    actorUserId: actor.kind === "staff" ? actor.userId : null,
    actorLabel: actor.label,
    ...entry,
  });
}
