import { and, eq, sql } from "drizzle-orm";
import { members } from "@/db/schema";
import { inTransaction } from "@/db/transaction";
import { recordAudit } from "../audit/record-audit";
import type { ServiceContext } from "../context";
import { findMember } from "../members/find-member";

/**
 * Every member-page link handed out so far stops working (one was forwarded, a device was
 * lost); links signed from now on work. The widget's next quote signs the member a new one.
 */
export async function revokeMemberLinks({
  ctx,
  memberId,
}: {
  ctx: ServiceContext;
  memberId: string;
}) {
  return inTransaction(ctx.db, async (tx) => {
    const member = await findMember({ ctx, ref: { memberId }, db: tx });
    const [row] = await tx
      .update(members)
      .set({ pageLinkGeneration: sql`${members.pageLinkGeneration} + 1` })
      .where(and(eq(members.merchantId, ctx.merchantId), eq(members.id, member.id)))
      .returning({ generation: members.pageLinkGeneration });
    await recordAudit(tx, ctx.merchantId, ctx.actor, {
      action: "member.page_links_revoked",
      entity: "member",
      entityId: member.id,
      before: { pageLinkGeneration: member.pageLinkGeneration },
      after: { pageLinkGeneration: row?.generation },
    });
    return { memberId: member.id };
  });
}
