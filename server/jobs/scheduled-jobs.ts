import { deliverDueDeliveries } from "@/server/services/webhooks/deliver-due-deliveries";
import { type PeriodicJob, periodicJobs } from "./periodic-jobs";

/** A job with its cadence and failure policy; `everySeconds` 0 means it is switched off. */
export type ScheduledJob = PeriodicJob & {
  everySeconds: number;
  retryLimit: number;
  retryDelaySeconds: number;
  timeoutSeconds: number;
};

const minute = 60;

/**
 * Everything the job system runs: each periodic job on its own queue, then the webhook sweep.
 * A failed sweep is not retried: the next sweep is seconds away, and each delivery keeps its
 * own retry schedule.
 */
export function listScheduledJobs({
  jobSeconds,
  webhookSeconds,
  jobs = periodicJobs,
}: {
  jobSeconds: number;
  webhookSeconds: number;
  jobs?: readonly PeriodicJob[];
}): ScheduledJob[] {
  return [
    ...jobs.map((job) => ({
      ...job,
      everySeconds: jobSeconds > 0 ? Math.max(jobSeconds, job.minIntervalSeconds ?? 0) : 0,
      retryLimit: 3,
      retryDelaySeconds: 30,
      timeoutSeconds: 10 * minute,
    })),
    {
      name: "deliver-webhooks",
      run: ({ db }) => deliverDueDeliveries({ db }),
      everySeconds: webhookSeconds,
      retryLimit: 0,
      retryDelaySeconds: 0,
      timeoutSeconds: 5 * minute,
    },
  ];
}
