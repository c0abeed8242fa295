import { and, eq, isNotNull, isNull, or } from "drizzle-orm";
import type { Db } from "@/db/database";
import { programStates } from "@/db/schema";
import { recordAudit } from "@/server/services/audit/record-audit";
import { syncActiveVersion } from "@/server/services/programs/sync-active-version";
import { jobActor } from "./job-actor";

/** Switches scheduled programs on at their start and off at their end. Idempotent. */
export async function applyProgramSchedules({
  db,
  now = new Date(),
  merchantId,
}: {
  db: Db;
  now?: Date;
  merchantId?: string;
}) {
  const scheduled = await db
    .select({ merchantId: programStates.merchantId, programId: programStates.programId })
    .from(programStates)
    .where(
      and(
        isNull(programStates.pausedAt),
        or(isNotNull(programStates.startsAt), isNotNull(programStates.endsAt)),
        merchantId ? eq(programStates.merchantId, merchantId) : undefined,
      ),
    );
  let switched = 0;
  for (const program of scheduled) {
    await db.transaction(async (tx) => {
      const sync = await syncActiveVersion(tx, program.merchantId, program.programId, now);
      if (sync.before === sync.after) return;
      switched++;
      await recordAudit(tx, program.merchantId, jobActor("program-schedules"), {
        action: sync.after ? "program.started" : "program.stopped",
        entity: "program",
        entityId: program.programId,
        before: { activeVersionId: sync.before },
        after: { activeVersionId: sync.after },
      });
    });
  }
  return { switched };
}
