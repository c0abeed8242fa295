import { listAppJobs } from "@/server/jobs/app-jobs";
import { getJobSystemStatus } from "@/server/jobs/job-system-status";
import { listJobHealth } from "@/server/services/jobs/list-job-health";
import { createTRPCRouter, merchantProcedure } from "../trpc";

export const jobsRouter = createTRPCRouter({
  /** Global job health for any store's staff: job names, times and error text, no store data. */
  health: merchantProcedure.query(async ({ ctx }) => ({
    system: getJobSystemStatus(),
    jobs: await listJobHealth({ db: ctx.db, jobs: listAppJobs() }),
  })),
});
