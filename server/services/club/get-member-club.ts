import { z } from "zod";
import type { ServiceContext } from "../context";
import { findMember } from "../members/find-member";
import { listActiveVersions } from "../programs/list-active-versions";
import { describeClubStatus } from "./describe-club-status";

export const MemberClubInput = z.object({ memberId: z.string().min(1) });

/** The admin's view of one member in the store's clubs. */
export async function getMemberClub({
  ctx,
  input,
  now = new Date(),
}: {
  ctx: ServiceContext;
  input: z.infer<typeof MemberClubInput>;
  now?: Date;
}) {
  const member = await findMember({ ctx, ref: { memberId: input.memberId } });
  const versions = await listActiveVersions({ ctx });
  const key = { merchantId: ctx.merchantId, memberId: member.id };
  return describeClubStatus(ctx.db, key, versions, now);
}
