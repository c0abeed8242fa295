import { z } from "zod";
import { simulations } from "@/db/schema";
import { Conflict } from "@/server/errors";
import { recordAudit } from "../audit/record-audit";
import type { ServiceContext } from "../context";
import { listVersions } from "../programs/list-versions";
import { loadProgramState } from "../programs/load-program-state";
import { SimulationParams } from "./simulation-params";

export const StartSimulationInput = SimulationParams.extend({ programId: z.string().min(1) });

/**
 * Queues a what-if run of the program's draft against its live version (the live version
 * against no program when it never went live; against itself when there is no draft).
 * The caller kicks the runner; the periodic job picks it up if this process stops first.
 */
export async function startSimulation({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: z.infer<typeof StartSimulationInput>;
}) {
  const state = await loadProgramState(ctx.db, ctx.merchantId, input.programId);
  const versions = await listVersions(ctx.db, ctx.merchantId, state.id);
  const live = versions.find((v) => v.status === "published") ?? null;
  const candidate = versions.find((v) => v.status === "draft") ?? live;
  if (!candidate) throw new Conflict("This program has no version to simulate yet");
  const { programId, ...params } = input;
  const [row] = await ctx.db
    .insert(simulations)
    .values({
      merchantId: ctx.merchantId,
      programId: state.id,
      baselineVersionId: live?.id ?? null,
      candidateVersionId: candidate.id,
      params,
      createdBy: ctx.actor.label,
    })
    .returning({ id: simulations.id });
  if (!row) throw new Error("simulation insert returned nothing");
  await recordAudit(ctx.db, ctx.merchantId, ctx.actor, {
    action: "simulation.start",
    entity: "program",
    entityId: programId,
    after: params,
  });
  return { simulationId: row.id };
}
