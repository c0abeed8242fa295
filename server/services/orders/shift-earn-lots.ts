import type { EarnLot } from "@/server/engine";

type StoredLot = Omit<EarnLot, "availableAt" | "expiresAt"> & {
  availableAt: Date | string;
  expiresAt: Date | string | null;
};

/**
 * Earn dates were computed when the order was quoted; the activation delay and the expiry
 * run from payment, so they move by the time between the quote and the payment.
 */
export function shiftEarnLots(lots: readonly StoredLot[], quotedAt: Date, paidAt: Date): EarnLot[] {
  const shift = paidAt.getTime() - quotedAt.getTime();
  return lots.map((lot) => ({
    ...lot,
    availableAt: new Date(new Date(lot.availableAt).getTime() + shift),
    expiresAt: lot.expiresAt === null ? null : new Date(new Date(lot.expiresAt).getTime() + shift),
  }));
}
