import { z } from "zod";
import { partners } from "@/db/schema";
import { inTransaction } from "@/db/transaction";
import { generateApiKey, hashApiKey, maskApiKey } from "@/server/crypto/api-key-token";
import { recordAudit } from "../audit/record-audit";
import type { ServiceContext } from "../context";

export const MonthlyCap = z.number().int().min(0).max(1e12).nullable();
export const CreatePartnerInput = z.object({
  name: z.string().trim().min(1, "Name the partner").max(100),
  monthlyCap: MonthlyCap.default(null),
});

/** Registers a partner with its own key: returned here once, kept only as a hash. */
export async function createPartner({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: z.input<typeof CreatePartnerInput>;
}) {
  const data = CreatePartnerInput.parse(input);
  const key = generateApiKey("partner");
  return inTransaction(ctx.db, async (tx) => {
    const [row] = await tx
      .insert(partners)
      .values({
        merchantId: ctx.merchantId,
        name: data.name,
        monthlyCap: data.monthlyCap,
        keyHash: hashApiKey(key),
        maskedKey: maskApiKey(key),
      })
      .returning({ id: partners.id });
    if (!row) throw new Error("Partner was not created");
    await recordAudit(tx, ctx.merchantId, ctx.actor, {
      action: "partner.created",
      entity: "partner",
      entityId: row.id,
      after: { name: data.name, monthlyCap: data.monthlyCap, maskedKey: maskApiKey(key) },
    });
    return { id: row.id, name: data.name, key };
  });
}
