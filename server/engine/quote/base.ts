import type { EarnBase } from "../config/common";
import { cashOf, netOf, type Work } from "./work";

/** The money a line earns on, per the program's earn base. */
export function findEarnBase(work: Work, base: EarnBase, i: number): number {
  if (base === "beforeDiscounts") return work.gross[i] ?? 0;
  if (base === "afterDiscounts") return netOf(work, i);
  return cashOf(work, i);
}
