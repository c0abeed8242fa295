import { inTransaction } from "@/db/transaction";
import { Conflict } from "@/server/errors";
import { recordAudit } from "../audit/record-audit";
import type { ServiceContext } from "../context";
import { lockProgram } from "./find-program";
import { loadProgramState } from "./load-program-state";
import { syncActiveVersion } from "./sync-active-version";
import { upsertProgramState } from "./upsert-program-state";

/** Stops pricing orders with the program; its versions, members and points stay as they are. */
export async function pauseProgram({
  ctx,
  input,
  now = new Date(),
}: {
  ctx: ServiceContext;
  input: { programId: string };
  now?: Date;
}) {
  return inTransaction(ctx.db, async (tx) => {
    await lockProgram(tx, ctx.merchantId, input.programId);
    const state = await loadProgramState(tx, ctx.merchantId, input.programId);
    if (!state.latestPublishedId) throw new Conflict("Only a published program can be paused");
    if (state.pausedAt) return { pausedAt: state.pausedAt };
    await upsertProgramState(tx, ctx.merchantId, state.id, {
      pausedAt: now,
      pausedBy: ctx.actor.label,
    });
    const sync = await syncActiveVersion(tx, ctx.merchantId, state.id, now);
    await recordAudit(tx, ctx.merchantId, ctx.actor, {
      action: "program.paused",
      entity: "program",
      entityId: state.id,
      before: { activeVersionId: sync.before },
      after: { activeVersionId: sync.after, pausedAt: now.toISOString() },
    });
    return { pausedAt: now };
  });
}
