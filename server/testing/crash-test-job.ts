import type { ScheduledJob } from "@/server/jobs/scheduled-jobs";

/** The job of the crash test: a short timeout and one retry, so a lost run comes back fast. */
export const crashTestJob = (name: string, run: ScheduledJob["run"]): ScheduledJob => ({
  name,
  run,
  everySeconds: 3600,
  retryLimit: 1,
  retryDelaySeconds: 0,
  timeoutSeconds: 2,
});
