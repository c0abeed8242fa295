import { and, desc, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "@/db/database";
import { programVersions, simulations } from "@/db/schema";
import type { SimulationResult } from "@/server/engine";
import { NotFound } from "@/server/errors";
import type { ServiceContext } from "../context";
import { isUuid } from "../is-uuid";
import type { SimulationParams } from "./simulation-params";

export const SimulationIdInput = z.object({ simulationId: z.string().min(1) });
export const LatestSimulationInput = z.object({ programId: z.string().min(1) });

type Row = typeof simulations.$inferSelect;

/** One run with its progress and, once done, both columns and the difference. */
export async function getSimulation({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: z.infer<typeof SimulationIdInput>;
}) {
  if (!isUuid(input.simulationId)) throw new NotFound("Simulation not found");
  const [row] = await ctx.db
    .select()
    .from(simulations)
    .where(and(eq(simulations.merchantId, ctx.merchantId), eq(simulations.id, input.simulationId)));
  if (!row) throw new NotFound("Simulation not found");
  return describeSimulation(ctx.db, row);
}

/** The program's most recent run, so reopening the page shows it; null before the first. */
export async function getLatestSimulation({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: z.infer<typeof LatestSimulationInput>;
}) {
  if (!isUuid(input.programId)) throw new NotFound("Program not found");
  const [row] = await ctx.db
    .select()
    .from(simulations)
    .where(
      and(eq(simulations.merchantId, ctx.merchantId), eq(simulations.programId, input.programId)),
    )
    .orderBy(desc(simulations.createdAt))
    .limit(1);
  return row ? describeSimulation(ctx.db, row) : null;
}

async function describeSimulation(db: Executor, row: Row) {
  const ids = [row.candidateVersionId, ...(row.baselineVersionId ? [row.baselineVersionId] : [])];
  const versions = await db
    .select({ id: programVersions.id, version: programVersions.version })
    .from(programVersions)
    .where(and(eq(programVersions.merchantId, row.merchantId), inArray(programVersions.id, ids)));
  const numberOf = (id: string | null) => versions.find((v) => v.id === id)?.version ?? null;
  return {
    id: row.id,
    programId: row.programId,
    status: row.status,
    processed: row.processed,
    total: row.total,
    params: row.params as SimulationParams,
    baselineVersion: numberOf(row.baselineVersionId),
    candidateVersion: numberOf(row.candidateVersionId),
    isSameVersion: row.baselineVersionId === row.candidateVersionId,
    result: row.result as SimulationResult | null,
    error: row.error,
    createdAt: row.createdAt,
    finishedAt: row.finishedAt,
  };
}
