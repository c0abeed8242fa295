import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/database";
import { simulations } from "@/db/schema";
import { createSimulation } from "@/server/engine";
import { claimSimulation } from "./claim-simulation";
import { loadSimulationSetup } from "./load-simulation-setup";
import { countOrders, type OrderCursor, readOrderPage } from "./read-order-page";
import { effectiveRateBp, replayStart, SimulationParams } from "./simulation-params";

export type RunOptions = { db: Db; simulationId?: string; now?: Date; pageSize?: number };

/**
 * Claims one simulation (the given one, or any queued or stale one) and replays its orders,
 * writing progress after every page; the progress write is also the heartbeat. Orders paid up
 * to the moment the run was requested count, so a rerun sees the same history. Returns whether
 * it ran one.
 */
export async function runSimulation({
  db,
  simulationId,
  now = new Date(),
  pageSize = 10_000,
}: RunOptions): Promise<boolean> {
  const claimed = await claimSimulation(db, { id: simulationId, now });
  if (!claimed) return false;
  const ours = and(
    eq(simulations.merchantId, claimed.merchantId),
    eq(simulations.id, claimed.id),
    eq(simulations.attempts, claimed.attempts),
  );
  try {
    const [row] = await db.select().from(simulations).where(ours);
    if (!row) return true;
    const params = SimulationParams.parse(row.params);
    const setup = await loadSimulationSetup(db, row.merchantId, {
      baseline: row.baselineVersionId,
      candidate: row.candidateVersionId,
    });
    const range = {
      merchantId: row.merchantId,
      from: replayStart(row.createdAt, params.months),
      to: row.createdAt,
    };
    const total = await countOrders(db, range);
    await db.update(simulations).set({ total }).where(ours);
    const simulation = createSimulation({
      baseline: setup.baseline,
      candidate: setup.candidate,
      currency: setup.currency,
      timezone: setup.timezone,
      redemptionRateBp: effectiveRateBp(params),
      facts: (id) => setup.facts.get(id),
    });
    let processed = 0;
    // The next page is read while this one is replayed: Postgres builds it on the other core.
    // A page nobody waits for (the replay failed first) must not become an unhandled rejection.
    const prefetch = (cursor: OrderCursor | null) => {
      const page = readOrderPage(db, range, cursor, pageSize);
      page.catch(() => undefined);
      return page;
    };
    let next = prefetch(null);
    for (;;) {
      const page = await next;
      if (page.last) next = prefetch(page.last);
      for (const [memberId, paidAt, lines] of page.rows) {
        simulation.apply({ memberId, paidAt: new Date(paidAt), lines });
      }
      processed += page.rows.length;
      if (!page.last) break;
      const moved = await db
        .update(simulations)
        .set({ processed, total: Math.max(total, processed) })
        .where(ours)
        .returning({ id: simulations.id });
      if (moved.length === 0) return true;
    }
    const result = simulation.finish(range.to);
    await db
      .update(simulations)
      .set({ status: "done", processed, result, finishedAt: new Date() })
      .where(ours);
  } catch (error) {
    console.error(`Simulation ${claimed.id} failed`, error);
    await db
      .update(simulations)
      .set({
        status: "failed",
        error: error instanceof Error ? error.message : String(error),
        finishedAt: new Date(),
      })
      .where(ours);
  }
  return true;
}

/** Starts the run in this process without waiting; failures end up in the row. */
export function kickSimulation(db: Db, simulationId: string): void {
  runSimulation({ db, simulationId }).catch((error) => {
    console.error(`Simulation ${simulationId} could not start`, error);
  });
}
