import { z } from "zod";

export const maxSimulationMonths = 24;

/** What the merchant chooses; "pessimistic" means every buyer spends the most allowed at once. */
export const SimulationParams = z.object({
  months: z
    .number()
    .int({ error: "Months are whole numbers" })
    .min(1, { error: "Replay at least 1 month" })
    .max(maxSimulationMonths, { error: `Replay at most ${maxSimulationMonths} months` }),
  preset: z.enum(["assumed", "pessimistic"], { error: "Choose assumed or pessimistic" }),
  redemptionRateBp: z
    .number()
    .int({ error: "The redemption rate is a whole number of basis points" })
    .min(0, { error: "The redemption rate is 0% to 100%" })
    .max(10_000, { error: "The redemption rate is 0% to 100%" }),
});
export type SimulationParams = z.infer<typeof SimulationParams>;

/** The rate the replay uses: the pessimistic preset always means 100%. */
export function effectiveRateBp(params: SimulationParams): number {
  return params.preset === "pessimistic" ? 10_000 : params.redemptionRateBp;
}

/** Start of the replayed period: the same instant `months` calendar months (UTC) before `end`. */
export function replayStart(end: Date, months: number): Date {
  const start = new Date(end.getTime());
  start.setUTCMonth(start.getUTCMonth() - months);
  return start;
}
