import { and, eq } from "drizzle-orm";
import type { Executor } from "@/db/database";
import { members } from "@/db/schema";
import { NotFound } from "@/server/errors";
import type { ServiceContext } from "../context";
import { isUuid } from "../is-uuid";

export type MemberRef = { memberId: string } | { externalId: string };

/** The member of this store, by our id or the store's; another store's member is NotFound. */
export async function findMember({
  ctx,
  ref,
  db = ctx.db,
}: {
  ctx: ServiceContext;
  ref: MemberRef;
  db?: Executor;
}) {
  if ("memberId" in ref && !isUuid(ref.memberId)) throw new NotFound("Member not found");
  const byRef =
    "memberId" in ref ? eq(members.id, ref.memberId) : eq(members.externalId, ref.externalId);
  const [member] = await db
    .select()
    .from(members)
    .where(and(eq(members.merchantId, ctx.merchantId), byRef));
  if (!member) throw new NotFound("Member not found");
  return member;
}
