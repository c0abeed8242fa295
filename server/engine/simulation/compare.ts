import type { Replay } from "./replay";
import {
  type NumericFigure,
  numericFigures,
  type SimulationFigures,
  type SimulationResult,
} from "./types";

/** Candidate − baseline for every figure, and how many members end a level higher or lower. */
export function compareReplays(
  baseline: { figures: SimulationFigures; replay: Replay },
  candidate: { figures: SimulationFigures; replay: Replay },
  memberIds: Iterable<string>,
): SimulationResult {
  const difference = {} as Record<NumericFigure, number>;
  for (const key of numericFigures)
    difference[key] = candidate.figures[key] - baseline.figures[key];
  let higher = 0;
  let lower = 0;
  for (const id of memberIds) {
    const before = baseline.replay.tierRankOf(id);
    const after = candidate.replay.tierRankOf(id);
    if (before < 0 || after < 0) continue;
    if (after > before) higher += 1;
    if (after < before) lower += 1;
  }
  return {
    baseline: baseline.figures,
    candidate: candidate.figures,
    difference,
    tierMoves: { higher, lower },
  };
}
