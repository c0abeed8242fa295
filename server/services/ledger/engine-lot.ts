import type { Lot } from "@/server/engine";

type LotRow = Lot & { status: "pending" | "available" };

/**
 * The engine judges a lot by its dates; the row's status is the truth here. A lot activated by
 * a job whose clock ran slightly ahead must still count as available.
 */
export function toEngineLot<T extends LotRow>(lot: T, now: Date): T {
  if (lot.status === "available" && lot.availableAt.getTime() > now.getTime()) {
    return { ...lot, availableAt: now };
  }
  return lot;
}
