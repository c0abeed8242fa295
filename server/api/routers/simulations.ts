import { requestJobRun } from "@/server/jobs/request-job-run";
import {
  getLatestSimulation,
  getSimulation,
  LatestSimulationInput,
  SimulationIdInput,
} from "@/server/services/simulations/get-simulation";
import { kickSimulation } from "@/server/services/simulations/run-simulation";
import {
  StartSimulationInput,
  startSimulation,
} from "@/server/services/simulations/start-simulation";
import { createTRPCRouter, merchantProcedure, merchantWriteProcedure } from "../trpc";

export const simulationsRouter = createTRPCRouter({
  get: merchantProcedure
    .input(SimulationIdInput)
    .query(({ ctx, input }) => getSimulation({ ctx, input })),
  latest: merchantProcedure
    .input(LatestSimulationInput)
    .query(({ ctx, input }) => getLatestSimulation({ ctx, input })),
  start: merchantWriteProcedure.input(StartSimulationInput).mutation(async ({ ctx, input }) => {
    const started = await startSimulation({ ctx, input });
    // On the job queue when this process runs it; without jobs, in this process.
    if (!requestJobRun("run-simulations")) kickSimulation(ctx.db, started.simulationId);
    return started;
  }),
});
