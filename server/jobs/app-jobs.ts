import { env } from "@/server/env";
import { listScheduledJobs } from "./scheduled-jobs";

/** The jobs this app schedules, at the cadence its environment sets. */
export const listAppJobs = () =>
  listScheduledJobs({
    jobSeconds: env.JOB_INTERVAL_SECONDS,
    webhookSeconds: env.WEBHOOK_POLL_SECONDS,
  });
