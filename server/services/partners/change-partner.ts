import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { partners } from "@/db/schema";
import { inTransaction } from "@/db/transaction";
import { NotFound } from "@/server/errors";
import { recordAudit } from "../audit/record-audit";
import type { ServiceContext } from "../context";
import { MonthlyCap } from "./create-partner";

export const PartnerIdInput = z.object({ partnerId: z.uuid() });
export const SetPartnerCapInput = PartnerIdInput.extend({ monthlyCap: MonthlyCap });

/** The partner's key stops working at once; its credits stay in the report. */
export async function revokePartnerKey({
  ctx,
  input,
  now = new Date(),
}: {
  ctx: ServiceContext;
  input: z.infer<typeof PartnerIdInput>;
  now?: Date;
}) {
  return inTransaction(ctx.db, async (tx) => {
    const [row] = await tx
      .update(partners)
      .set({ keyRevokedAt: now })
      .where(mine(ctx, input.partnerId, true))
      .returning({ id: partners.id, name: partners.name });
    if (!row) throw new NotFound("Partner not found, or its key is already revoked");
    await recordAudit(tx, ctx.merchantId, ctx.actor, {
      action: "partner.key_revoked",
      entity: "partner",
      entityId: row.id,
      after: { name: row.name },
    });
    return row;
  });
}

export async function setPartnerCap({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: z.infer<typeof SetPartnerCapInput>;
}) {
  return inTransaction(ctx.db, async (tx) => {
    const [row] = await tx
      .update(partners)
      .set({ monthlyCap: input.monthlyCap })
      .where(mine(ctx, input.partnerId, false))
      .returning({ id: partners.id, monthlyCap: partners.monthlyCap });
    if (!row) throw new NotFound("Partner not found");
    await recordAudit(tx, ctx.merchantId, ctx.actor, {
      action: "partner.cap_changed",
      entity: "partner",
      entityId: row.id,
      after: { monthlyCap: input.monthlyCap },
    });
    return row;
  });
}

function mine(ctx: ServiceContext, partnerId: string, isKeyLive: boolean) {
  return and(
    eq(partners.merchantId, ctx.merchantId),
    eq(partners.id, partnerId),
    isKeyLive ? isNull(partners.keyRevokedAt) : undefined,
  );
}
