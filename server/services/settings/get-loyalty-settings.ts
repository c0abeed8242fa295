import { eq } from "drizzle-orm";
import type { Executor } from "@/db/database";
import { loyaltySettings } from "@/db/schema";

export type LoyaltySettings = {
  debtPolicy: "debt" | "clawbackAvailable";
  holdTtlMinutes: number;
  placedHoldDays: number;
};

export const defaultLoyaltySettings: LoyaltySettings = {
  debtPolicy: "debt",
  holdTtlMinutes: 30,
  placedHoldDays: 14,
};

export async function getLoyaltySettings(
  db: Executor,
  merchantId: string,
): Promise<LoyaltySettings> {
  const [row] = await db
    .select()
    .from(loyaltySettings)
    .where(eq(loyaltySettings.merchantId, merchantId));
  if (!row) return defaultLoyaltySettings;
  const { debtPolicy, holdTtlMinutes, placedHoldDays } = row;
  return { debtPolicy, holdTtlMinutes, placedHoldDays };
}
