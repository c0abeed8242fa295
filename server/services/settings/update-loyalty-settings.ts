import { z } from "zod";
import { debtPolicies, loyaltySettings } from "@/db/schema";
import { inTransaction } from "@/db/transaction";
import { recordAudit } from "../audit/record-audit";
import type { ServiceContext } from "../context";
import { getLoyaltySettings } from "./get-loyalty-settings";

export const UpdateLoyaltySettingsInput = z.object({
  debtPolicy: z.enum(debtPolicies).optional(),
  holdTtlMinutes: z
    .number()
    .int()
    .min(1)
    .max(7 * 24 * 60)
    .optional(),
  placedHoldDays: z.number().int().min(1).max(365).optional(),
});
export type UpdateLoyaltySettingsInput = z.infer<typeof UpdateLoyaltySettingsInput>;

export async function updateLoyaltySettings({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: UpdateLoyaltySettingsInput;
}) {
  const changes = UpdateLoyaltySettingsInput.parse(input);
  return inTransaction(ctx.db, async (tx) => {
    const before = await getLoyaltySettings(tx, ctx.merchantId);
    const after = { ...before, ...changes };
    await tx
      .insert(loyaltySettings)
      .values({ merchantId: ctx.merchantId, ...after })
      .onConflictDoUpdate({ target: loyaltySettings.merchantId, set: after });
    await recordAudit(tx, ctx.merchantId, ctx.actor, {
      action: "loyaltySettings.updated",
      entity: "loyaltySettings",
      entityId: ctx.merchantId,
      before,
      after,
    });
    return after;
  });
}
