/** How this process's job system started: the admin's Jobs page shows it beside the runs. */
export type JobSystemStatus =
  | { state: "running"; database: "postgres" | "pglite"; startedAt: Date }
  | { state: "off" }
  | { state: "failed"; error: string };

// Instrumentation and the app's routes are separate bundles: the status lives on globalThis.
const holder = globalThis as unknown as { kopilkaJobSystemStatus?: JobSystemStatus };

export function setJobSystemStatus(status: JobSystemStatus) {
  holder.kopilkaJobSystemStatus = status;
}

/** Not started yet (or never, in tests and scripts) reads as off. */
export function getJobSystemStatus(): JobSystemStatus {
  return holder.kopilkaJobSystemStatus ?? { state: "off" };
}
