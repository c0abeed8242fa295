import { eq } from "drizzle-orm";
import { merchants } from "@/db/schema";
import { inTransaction } from "@/db/transaction";
import { MerchantSettingsInput } from "../accounts/merchant-settings-input";
import { recordAudit } from "../audit/record-audit";
import type { ServiceContext } from "../context";
import { getMerchant } from "./get-merchant";

export const UpdateMerchantSettingsInput = MerchantSettingsInput.required({ locale: true });

export async function updateMerchantSettings({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: MerchantSettingsInput;
}) {
  return inTransaction(ctx.db, async (tx) => {
    const txCtx = { ...ctx, db: tx };
    const before = await getMerchant({ ctx: txCtx });
    const changes = {
      name: input.name,
      currency: input.currency,
      timezone: input.timezone,
      locale: input.locale ?? before.locale,
    };
    await tx.update(merchants).set(changes).where(eq(merchants.id, ctx.merchantId));
    const after = await getMerchant({ ctx: txCtx });
    await recordAudit(tx, ctx.merchantId, ctx.actor, {
      action: "settings.updated",
      entity: "merchant",
      entityId: ctx.merchantId,
      before,
      after,
    });
    return after;
  });
}
