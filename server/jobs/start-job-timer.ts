import type { Db } from "@/db/database";
import { runJobsOnce } from "./periodic-jobs";

/**
 * Runs the periodic jobs in this process every `intervalSeconds`, never overlapping itself.
 * The jobs are idempotent and safe to race, so several app instances may each run this.
 */
export function startJobTimer(db: Db, intervalSeconds: number): () => void {
  let isRunning = false;
  const tick = async () => {
    if (isRunning) return;
    isRunning = true;
    try {
      await runJobsOnce({ db });
    } finally {
      isRunning = false;
    }
  };
  const timer = setInterval(tick, intervalSeconds * 1000);
  timer.unref();
  return () => clearInterval(timer);
}
