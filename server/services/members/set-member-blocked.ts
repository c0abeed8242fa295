import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { members } from "@/db/schema";
import { inTransaction } from "@/db/transaction";
import { recordAudit } from "../audit/record-audit";
import type { ServiceContext } from "../context";
import { findMember } from "./find-member";

export const SetMemberBlockedInput = z.object({
  memberId: z.string().min(1),
  isBlocked: z.boolean(),
  reason: z.string().trim().min(3, { error: "Say why" }).max(500),
});

/** A blocked member neither earns nor spends (the engine prices them as a stranger). */
export async function setMemberBlocked({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: z.input<typeof SetMemberBlockedInput>;
}) {
  const { memberId, isBlocked, reason } = SetMemberBlockedInput.parse(input);
  return inTransaction(ctx.db, async (tx) => {
    const member = await findMember({ ctx, ref: { memberId }, db: tx });
    if (member.isBlocked === isBlocked) return { isBlocked };
    await tx
      .update(members)
      .set({ isBlocked })
      .where(and(eq(members.merchantId, ctx.merchantId), eq(members.id, member.id)));
    await recordAudit(tx, ctx.merchantId, ctx.actor, {
      action: isBlocked ? "member.blocked" : "member.unblocked",
      entity: "member",
      entityId: member.id,
      before: { isBlocked: member.isBlocked },
      after: { isBlocked, reason },
    });
    return { isBlocked };
  });
}
