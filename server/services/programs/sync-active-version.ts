import { and, eq } from "drizzle-orm";
import type { Executor } from "@/db/database";
import { programs } from "@/db/schema";
import { loadProgramState, toStateFacts } from "./load-program-state";
import { isRunning } from "./program-status";

/**
 * Points the program at its latest published version while it runs, and at nothing while it is
 * paused or outside its schedule: pricing joins on the active version, so that is the switch.
 */
export async function syncActiveVersion(
  db: Executor,
  merchantId: string,
  programId: string,
  now: Date,
) {
  const row = await loadProgramState(db, merchantId, programId);
  const wanted = isRunning(toStateFacts(row), now) ? row.latestPublishedId : null;
  if (wanted !== row.activeVersionId && row.status === "active") {
    await db
      .update(programs)
      .set({ activeVersionId: wanted })
      .where(and(eq(programs.merchantId, merchantId), eq(programs.id, programId)));
  }
  return {
    before: row.activeVersionId,
    after: row.status === "active" ? wanted : row.activeVersionId,
  };
}
