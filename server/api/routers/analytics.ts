import { buildCohorts } from "@/server/services/analytics/build-cohorts";
import { compareBehaviour } from "@/server/services/analytics/compare-behaviour";
import { DashboardInput } from "@/server/services/analytics/dashboard-input";
import { estimateEconomics } from "@/server/services/analytics/estimate-economics";
import { getFreshness } from "@/server/services/analytics/get-freshness";
import { measureRetention } from "@/server/services/analytics/measure-retention";
import { refreshAnalytics } from "@/server/services/analytics/refresh-analytics";
import { summarizeMembers } from "@/server/services/analytics/summarize-members";
import { summarizePoints } from "@/server/services/analytics/summarize-points";
import { summarizeTierMoves } from "@/server/services/analytics/summarize-tier-moves";
import { summarizeTiers } from "@/server/services/analytics/summarize-tiers";
import { createTRPCRouter, merchantProcedure } from "../trpc";

/** Read-only figures (analysts included); "refresh" only rebuilds the store's own rollups. */
export const analyticsRouter = createTRPCRouter({
  freshness: merchantProcedure.query(({ ctx }) => getFreshness({ ctx })),
  refresh: merchantProcedure.mutation(({ ctx }) => refreshAnalytics({ ctx })),
  members: merchantProcedure
    .input(DashboardInput)
    .query(({ ctx, input }) => summarizeMembers({ ctx, input })),
  behaviour: merchantProcedure
    .input(DashboardInput)
    .query(({ ctx, input }) => compareBehaviour({ ctx, input })),
  retention: merchantProcedure
    .input(DashboardInput)
    .query(({ ctx, input }) => measureRetention({ ctx, input })),
  cohorts: merchantProcedure
    .input(DashboardInput)
    .query(({ ctx, input }) => buildCohorts({ ctx, input })),
  points: merchantProcedure
    .input(DashboardInput)
    .query(({ ctx, input }) => summarizePoints({ ctx, input })),
  tiers: merchantProcedure.query(({ ctx }) => summarizeTiers({ ctx })),
  tierMoves: merchantProcedure
    .input(DashboardInput)
    .query(({ ctx, input }) => summarizeTierMoves({ ctx, input })),
  economics: merchantProcedure
    .input(DashboardInput)
    .query(({ ctx, input }) => estimateEconomics({ ctx, input })),
});
