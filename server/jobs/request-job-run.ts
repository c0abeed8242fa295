type JobRunner = { names: ReadonlySet<string>; runNow: (name: string) => Promise<unknown> };

// Instrumentation and the app's routes are separate bundles: the runner lives on globalThis.
const holder = globalThis as unknown as { kopilkaJobRunner?: JobRunner };

/** Called once the job system is up: which jobs it runs and how to queue one now. */
export function setJobRunner(runner: JobRunner) {
  holder.kopilkaJobRunner = runner;
}

/**
 * Queues a run of the job now instead of at its next tick. False when this process runs no
 * job system or the job is switched off: the work then waits for an instance that runs it.
 */
export function requestJobRun(name: string): boolean {
  const runner = holder.kopilkaJobRunner;
  if (!runner?.names.has(name)) return false;
  runner.runNow(name).catch((error) => console.error(`Job ${name} could not be queued`, error));
  return true;
}
