import { eq } from "drizzle-orm";
import { integrationSettings } from "@/db/schema";
import { inTransaction } from "@/db/transaction";
import { sealSecret } from "@/server/crypto/secret-box";
import { recordAudit } from "../audit/record-audit";
import type { ServiceContext } from "../context";
import { generateTokenSecret, getIntegrationSettings } from "./get-integration-settings";
import { forgetApiClients } from "./resolve-api-client";

/** Replaces the signing secret: tokens signed with the old one stop working at once. */
export async function rotateTokenSecret({ ctx }: { ctx: ServiceContext }) {
  const secret = generateTokenSecret();
  await inTransaction(ctx.db, async (tx) => {
    await getIntegrationSettings(tx, ctx.merchantId);
    await tx
      .update(integrationSettings)
      .set({ sealedTokenSecret: sealSecret(secret) })
      .where(eq(integrationSettings.merchantId, ctx.merchantId));
    await recordAudit(tx, ctx.merchantId, ctx.actor, {
      action: "token_secret.rotated",
      entity: "integration",
      entityId: ctx.merchantId,
    });
  });
  forgetApiClients({ merchantId: ctx.merchantId });
  return { secret };
}
