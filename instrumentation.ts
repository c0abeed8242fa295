/** Runs once when the server starts: migrate and seed, then start the background jobs. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { prepareDatabase } = await import("./db/prepare");
  await prepareDatabase();
  const [{ getDatabase }, { startAppJobs }] = await Promise.all([
    import("./db/client"),
    import("./server/jobs/start-app-jobs"),
  ]);
  await startAppJobs(await getDatabase());
}
