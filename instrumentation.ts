/** Runs once when the server starts: migrate and seed, then start the periodic jobs and webhooks. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { prepareDatabase } = await import("./db/prepare");
  await prepareDatabase();
  const [{ env }, { getDb }, { startJobTimer }, { startWebhookWorker }] = await Promise.all([
    import("./server/env"),
    import("./db/client"),
    import("./server/jobs/start-job-timer"),
    import("./server/jobs/start-webhook-worker"),
  ]);
  const db = await getDb();
  if (env.JOB_INTERVAL_SECONDS > 0) startJobTimer(db, env.JOB_INTERVAL_SECONDS);
  if (env.WEBHOOK_POLL_SECONDS > 0) startWebhookWorker(db, env.WEBHOOK_POLL_SECONDS);
}
