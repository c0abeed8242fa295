import type { Db } from "@/db/database";
import { failAbandonedSimulations } from "@/server/services/simulations/claim-simulation";
import { runSimulation } from "@/server/services/simulations/run-simulation";

const maxRunsPerTick = 5;

/**
 * Runs simulations nobody is running: queued ones whose process stopped before the kick, and
 * running ones whose heartbeat went stale (a restart). Gives up on ones lost too often.
 */
export async function runSimulations({ db, now = new Date() }: { db: Db; now?: Date }) {
  await failAbandonedSimulations(db, now);
  let ran = 0;
  while (ran < maxRunsPerTick && (await runSimulation({ db, now }))) ran += 1;
  return { ran };
}
