import type { Db } from "@/db/database";
import { activatePending } from "./activate-pending";
import { applyProgramSchedules } from "./apply-program-schedules";
import { expireLots } from "./expire-lots";
import { importMembersJob, importMembersJobName } from "./import-members";
import { pruneWebhookEventsJob } from "./prune-webhook-events";
import { recalculateTiers } from "./recalculate-tiers";
import { refreshAnalyticsJob } from "./refresh-analytics";
import { releaseExpiredHolds } from "./release-expired-holds";
import { runCampaigns } from "./run-campaigns";
import { runSimulations } from "./run-simulations";
import { sendAppEmails } from "./send-app-emails";
import { settleReferralsJob } from "./settle-referrals";

export type PeriodicJob = {
  name: string;
  run: (input: { db: Db; now: Date }) => Promise<unknown>;
  /** Runs no more often than this even when JOB_INTERVAL_SECONDS is shorter. */
  minIntervalSeconds?: number;
};

export const periodicJobs: readonly PeriodicJob[] = [
  { name: "apply-program-schedules", run: applyProgramSchedules },
  { name: "activate-pending", run: activatePending },
  { name: "expire-lots", run: expireLots },
  { name: "release-expired-holds", run: releaseExpiredHolds },
  { name: "refresh-analytics", run: refreshAnalyticsJob },
  { name: "run-simulations", run: runSimulations },
  { name: "settle-referrals", run: settleReferralsJob },
  // Tiers move at store-local midnights (windows, grace ends); hourly is soon enough and spares
  // a walk over every member each minute. Before run-campaigns, so one pass sends the messages.
  { name: "recalculate-tiers", run: recalculateTiers, minIntervalSeconds: 60 * 60 },
  { name: "run-campaigns", run: runCampaigns },
  { name: "send-app-emails", run: sendAppEmails },
  { name: importMembersJobName, run: importMembersJob },
  { name: "prune-webhook-events", run: pruneWebhookEventsJob, minIntervalSeconds: 60 * 60 },
];

export type JobOutcome = { name: string; isOk: boolean; error?: string };

/** Runs each job once; one failing job is reported and does not stop the others. */
export async function runJobsOnce({
  db,
  now = new Date(),
  jobs = periodicJobs,
}: {
  db: Db;
  now?: Date;
  jobs?: readonly PeriodicJob[];
}): Promise<JobOutcome[]> {
  const outcomes: JobOutcome[] = [];
  for (const job of jobs) {
    try {
      await job.run({ db, now });
      outcomes.push({ name: job.name, isOk: true });
    } catch (error) {
      console.error(`Job ${job.name} failed`, error);
      outcomes.push({ name: job.name, isOk: false, error: String(error) });
    }
  }
  return outcomes;
}
