import type { ProgramVersion } from "../quote/types";
import { compareReplays } from "./compare";
import { createReplay, type ReplaySetup } from "./replay";
import type { ReplayOrder, SimulationResult } from "./types";

export type SimulationSetup = Omit<ReplaySetup, "version"> & {
  /** The live version, or null when the program never went live. */
  baseline: ProgramVersion | null;
  candidate: ProgramVersion | null;
};

export type Simulation = {
  apply: (order: ReplayOrder) => void;
  finish: (end: Date) => SimulationResult;
};

/** The same orders through two versions at once, for the side-by-side view. */
export function createSimulation(setup: SimulationSetup): Simulation {
  const { baseline, candidate, ...shared } = setup;
  const before = createReplay({ ...shared, version: baseline });
  const after = createReplay({ ...shared, version: candidate });
  const memberIds = new Set<string>();
  return {
    apply(order) {
      memberIds.add(order.memberId);
      before.apply(order);
      after.apply(order);
    },
    finish(end) {
      return compareReplays(
        { figures: before.finish(end), replay: before },
        { figures: after.finish(end), replay: after },
        memberIds,
      );
    },
  };
}
