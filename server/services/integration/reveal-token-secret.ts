import { inTransaction } from "@/db/transaction";
import { openSecret } from "@/server/crypto/secret-box";
import { recordAudit } from "../audit/record-audit";
import type { ServiceContext } from "../context";
import { getIntegrationSettings } from "./get-integration-settings";

/** Shows the shopper-token signing secret; every look is audited because it grants sign-in. */
export async function revealTokenSecret({ ctx }: { ctx: ServiceContext }) {
  return inTransaction(ctx.db, async (tx) => {
    const settings = await getIntegrationSettings(tx, ctx.merchantId);
    await recordAudit(tx, ctx.merchantId, ctx.actor, {
      action: "token_secret.revealed",
      entity: "integration",
      entityId: ctx.merchantId,
    });
    return { secret: openSecret(settings.sealedTokenSecret) };
  });
}
