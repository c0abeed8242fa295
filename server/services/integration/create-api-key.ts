import { z } from "zod";
import { apiKeyKinds, apiKeys } from "@/db/schema/integration";
import { inTransaction } from "@/db/transaction";
import { generateApiKey, hashApiKey, maskApiKey } from "@/server/crypto/api-key-token";
import { recordAudit } from "../audit/record-audit";
import type { ServiceContext } from "../context";

export const CreateApiKeyInput = z.object({
  kind: z.enum(apiKeyKinds),
  name: z.string().trim().min(1, "Name the key, e.g. “Production backend”").max(60),
});
export type CreateApiKeyInput = z.infer<typeof CreateApiKeyInput>;

/** Returns the full key once; afterwards only its mask (and a publishable key's text) remain. */
export async function createApiKey({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: CreateApiKeyInput;
}) {
  const key = generateApiKey(input.kind);
  return inTransaction(ctx.db, async (tx) => {
    const [row] = await tx
      .insert(apiKeys)
      .values({
        merchantId: ctx.merchantId,
        kind: input.kind,
        name: input.name,
        keyHash: hashApiKey(key),
        maskedKey: maskApiKey(key),
        publishableKey: input.kind === "publishable" ? key : null,
        createdByUserId: ctx.actor.kind === "staff" ? ctx.actor.userId : null,
      })
      .returning({ id: apiKeys.id, createdAt: apiKeys.createdAt });
    if (!row) throw new Error("API key was not created");
    await recordAudit(tx, ctx.merchantId, ctx.actor, {
      action: "api_key.created",
      entity: "api_key",
      entityId: row.id,
      after: { kind: input.kind, name: input.name, maskedKey: maskApiKey(key) },
    });
    return { id: row.id, kind: input.kind, name: input.name, key, createdAt: row.createdAt };
  });
}
