import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/database";
import { programs, simulations } from "@/db/schema";
import { largeStore } from "@/db/seed/large-store-sql";
import type { ServiceContext } from "@/server/services/context";
import { saveProgramDraft } from "@/server/services/programs/save-draft";
import { runSimulation } from "@/server/services/simulations/run-simulation";
import { startSimulation } from "@/server/services/simulations/start-simulation";

/**
 * The what-if simulator over the large store's whole history, as the simulation job runs it:
 * the live version (5% back) against a draft (7% back), 24 months, 30% assumed redemption.
 * The run is dated at the seed's end, so its 24 months hold every seeded order.
 */
export async function simulateLargeStore(ctx: ServiceContext) {
  const db = ctx.db as Db;
  const [program] = await db
    .select({ id: programs.id })
    .from(programs)
    .where(eq(programs.merchantId, ctx.merchantId))
    .orderBy(programs.createdAt)
    .limit(1);
  if (!program) throw new Error("The large store has no program");
  await saveProgramDraft({
    ctx,
    input: {
      programId: program.id,
      config: {
        type: "bonus",
        bonus: {
          earn: { kind: "percent", percentBp: 700 },
          pointValue: 100,
          expiryDays: 365,
          redemption: { payment: { maxShareBp: 10_000 } },
        },
      },
    },
  });
  const { simulationId } = await startSimulation({
    ctx,
    input: { programId: program.id, months: 24, preset: "assumed", redemptionRateBp: 3000 },
  });
  const ours = and(eq(simulations.merchantId, ctx.merchantId), eq(simulations.id, simulationId));
  await db
    .update(simulations)
    .set({ createdAt: sql`${largeStore.end}::timestamptz` })
    .where(ours);
  const started = performance.now();
  await runSimulation({ db, simulationId });
  const seconds = Math.round((performance.now() - started) / 100) / 10;
  const [run] = await db.select().from(simulations).where(ours);
  if (run?.status !== "done") throw new Error(`simulation ${run?.status}: ${run?.error}`);
  return { seconds, orders: run.processed, result: run.result };
}
