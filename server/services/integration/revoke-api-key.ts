import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { apiKeys } from "@/db/schema/integration";
import { inTransaction } from "@/db/transaction";
import { NotFound } from "@/server/errors";
import { recordAudit } from "../audit/record-audit";
import type { ServiceContext } from "../context";
import { forgetApiClients } from "./resolve-api-client";

export const RevokeApiKeyInput = z.object({ id: z.uuid("Unknown key") });

export async function revokeApiKey({ ctx, input }: { ctx: ServiceContext; input: { id: string } }) {
  await inTransaction(ctx.db, async (tx) => {
    const [revoked] = await tx
      .update(apiKeys)
      .set({ revokedAt: new Date() })
      .where(
        and(
          eq(apiKeys.merchantId, ctx.merchantId),
          eq(apiKeys.id, input.id),
          isNull(apiKeys.revokedAt),
        ),
      )
      .returning({ id: apiKeys.id, name: apiKeys.name, maskedKey: apiKeys.maskedKey });
    if (!revoked) throw new NotFound("Key not found or already revoked");
    await recordAudit(tx, ctx.merchantId, ctx.actor, {
      action: "api_key.revoked",
      entity: "api_key",
      entityId: revoked.id,
      before: { name: revoked.name, maskedKey: revoked.maskedKey },
    });
  });
  forgetApiClients({ merchantId: ctx.merchantId, keyId: input.id });
}
