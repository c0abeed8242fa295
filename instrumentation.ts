/** Runs once when the server starts: migrate and seed, then start the periodic jobs. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { prepareDatabase } = await import("./db/prepare");
  await prepareDatabase();
  const [{ env }, { getDb }, { startJobTimer }] = await Promise.all([
    import("./server/env"),
    import("./db/client"),
    import("./server/jobs/start-job-timer"),
  ]);
  if (env.JOB_INTERVAL_SECONDS > 0) startJobTimer(await getDb(), env.JOB_INTERVAL_SECONDS);
}
