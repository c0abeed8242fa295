import { and, count, eq, sql, sum } from "drizzle-orm";
import { referrals } from "@/db/schema";
import { buildReferralLink } from "@/server/engine";
import type { ServiceContext } from "../context";
import { findMember } from "../members/find-member";
import { ensureReferralCode } from "./ensure-referral-code";
import { findReferralProgram } from "./find-referral-program";

/** The member's code and share link (the active referral program's landing page) and tallies. */
export async function getMemberReferral({
  ctx,
  ref,
}: {
  ctx: ServiceContext;
  ref: { externalId: string } | { memberId: string };
}) {
  const member = await findMember({ ctx, ref });
  const code = await ensureReferralCode(ctx.db, ctx.merchantId, member.id);
  const program = await findReferralProgram(ctx);
  const [tally] = await ctx.db
    .select({
      joined: count(),
      rewarded: count(sql`case when ${referrals.status} = 'rewarded' then 1 end`),
      waiting: count(sql`case when ${referrals.status} = 'waiting' then 1 end`),
      points: sum(referrals.referrerPoints).mapWith(Number),
    })
    .from(referrals)
    .where(
      and(eq(referrals.merchantId, ctx.merchantId), eq(referrals.referrerMemberId, member.id)),
    );
  return {
    externalId: member.externalId,
    code,
    link: buildReferralLink(program?.rules.landingUrl ?? null, code),
    friends: {
      joined: tally?.joined ?? 0,
      rewarded: tally?.rewarded ?? 0,
      waiting: tally?.waiting ?? 0,
    },
    pointsEarned: tally?.points ?? 0,
  };
}
