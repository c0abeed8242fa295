import type { Db } from "@/db/database";
import { deliverDueDeliveries } from "@/server/services/webhooks/deliver-due-deliveries";

/**
 * Sends due webhook deliveries every `intervalSeconds`, never overlapping itself. Claims use
 * SKIP LOCKED, so several app instances may each run this.
 */
export function startWebhookWorker(db: Db, intervalSeconds: number): () => void {
  let isRunning = false;
  const tick = async () => {
    if (isRunning) return;
    isRunning = true;
    try {
      await deliverDueDeliveries({ db });
    } catch (error) {
      console.error("Webhook delivery pass failed", error);
    } finally {
      isRunning = false;
    }
  };
  const timer = setInterval(tick, intervalSeconds * 1000);
  timer.unref();
  return () => clearInterval(timer);
}
