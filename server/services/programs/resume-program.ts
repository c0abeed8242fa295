import { inTransaction } from "@/db/transaction";
import { recordAudit } from "../audit/record-audit";
import type { ServiceContext } from "../context";
import { lockProgram } from "./find-program";
import { loadProgramState } from "./load-program-state";
import { syncActiveVersion } from "./sync-active-version";
import { upsertProgramState } from "./upsert-program-state";

/** Lifts a pause: the latest published version prices orders again (if inside its schedule). */
export async function resumeProgram({
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
    if (!state.pausedAt) return { isPricing: state.activeVersionId !== null };
    await upsertProgramState(tx, ctx.merchantId, state.id, { pausedAt: null, pausedBy: null });
    const sync = await syncActiveVersion(tx, ctx.merchantId, state.id, now);
    await recordAudit(tx, ctx.merchantId, ctx.actor, {
      action: "program.resumed",
      entity: "program",
      entityId: state.id,
      before: { activeVersionId: sync.before, pausedAt: state.pausedAt.toISOString() },
      after: { activeVersionId: sync.after },
    });
    return { isPricing: sync.after !== null };
  });
}
