import { and, desc, eq, lt } from "drizzle-orm";
import { ledgerEntries } from "@/db/schema";
import type { ServiceContext } from "../context";
import { findMember, type MemberRef } from "./find-member";

/** The member's history, newest first; `before` pages by entry id. */
export async function listLedger({
  ctx,
  member,
  limit = 50,
  before,
}: {
  ctx: ServiceContext;
  member: MemberRef;
  limit?: number;
  before?: number;
}) {
  const { id } = await findMember({ ctx, ref: member });
  return ctx.db
    .select()
    .from(ledgerEntries)
    .where(
      and(
        eq(ledgerEntries.merchantId, ctx.merchantId),
        eq(ledgerEntries.memberId, id),
        before === undefined ? undefined : lt(ledgerEntries.id, before),
      ),
    )
    .orderBy(desc(ledgerEntries.id))
    .limit(Math.min(Math.max(limit, 1), 200));
}
