import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { members } from "@/db/schema";
import { NotFound } from "@/server/errors";
import { recordAudit } from "../audit/record-audit";
import type { ServiceContext } from "../context";
import { runIdempotent } from "../idempotency/run-idempotent";
import { findMember } from "../members/find-member";
import { IdempotencyKey, MemberRefInput } from "../orders/order-input";

const RevokeMemberLinksInput = z.object({
  idempotencyKey: IdempotencyKey,
  member: MemberRefInput,
});

/**
 * Every member-page link handed out so far stops working (one was forwarded, a phone was
 * lost); links signed from now on work, and the widget's next quote signs the member a new
 * one. Idempotent: a retried call must not also revoke a link signed after the first.
 */
export async function revokeMemberLinks({
  ctx,
  input,
  now = new Date(),
}: {
  ctx: ServiceContext;
  input: z.input<typeof RevokeMemberLinksInput>;
  now?: Date;
}) {
  const { idempotencyKey, ...request } = RevokeMemberLinksInput.parse(input);
  const call = { ctx, key: idempotencyKey, operation: "members.revokePageLinks", input: request };
  return runIdempotent(call, async (tx) => {
    const member = await findMember({ ctx, ref: request.member, db: tx });
    const [row] = await tx
      .update(members)
      .set({ pageLinkGeneration: sql`${members.pageLinkGeneration} + 1` })
      .where(and(eq(members.merchantId, ctx.merchantId), eq(members.id, member.id)))
      .returning({ generation: members.pageLinkGeneration });
    // Only a store deleted meanwhile (cascading to its members) leaves no row.
    if (!row) throw new NotFound("Member not found");
    // From the row the update wrote, so two revocations at once audit their own step each.
    await recordAudit(tx, ctx.merchantId, ctx.actor, {
      action: "member.page_links_revoked",
      entity: "member",
      entityId: member.id,
      before: { pageLinkGeneration: row.generation - 1 },
      after: { pageLinkGeneration: row.generation },
    });
    return { externalId: member.externalId, revokedAt: now.toISOString() };
  });
}
