import { z } from "zod";
import type { ServiceContext } from "../context";
import { listVersions } from "./list-versions";
import { loadProgramState, toStateFacts } from "./load-program-state";
import { describeProgramStatus } from "./program-status";

export const ProgramIdInput = z.object({ programId: z.string().min(1) });

/** The designer's view of one program: draft, live version, schedule, pause and history. */
export async function getProgram({
  ctx,
  input,
  now = new Date(),
}: {
  ctx: ServiceContext;
  input: z.infer<typeof ProgramIdInput>;
  now?: Date;
}) {
  const state = await loadProgramState(ctx.db, ctx.merchantId, input.programId);
  const versions = await listVersions(ctx.db, ctx.merchantId, state.id);
  const draft = versions.find((v) => v.status === "draft") ?? null;
  const live = versions.find((v) => v.status === "published") ?? null;
  return {
    id: state.id,
    name: state.name,
    status: describeProgramStatus(toStateFacts(state), now),
    isPricing: state.activeVersionId !== null,
    startsAt: state.startsAt,
    endsAt: state.endsAt,
    pausedAt: state.pausedAt,
    pausedBy: state.pausedBy,
    draft,
    live,
    history: versions.map(({ config: _config, ...meta }) => ({ ...meta, type: _config.type })),
  };
}
