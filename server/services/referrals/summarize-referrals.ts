import { and, count, eq, ne, sql, sum } from "drizzle-orm";
import { members, referralCodes, referrals } from "@/db/schema";
import type { ServiceContext } from "../context";
import { findReferralProgram } from "./find-referral-program";

const when = (condition: ReturnType<typeof sql>) => count(sql`case when ${condition} then 1 end`);

/**
 * The referral program's figures: codes handed out, friends who joined, first orders, rewards
 * paid (points, both sides), what referred members spent, and how many were blocked.
 */
export async function summarizeReferrals({ ctx }: { ctx: ServiceContext }) {
  const ofStore = eq(referrals.merchantId, ctx.merchantId);
  const [tally] = await ctx.db
    .select({
      joined: count(),
      waiting: when(sql`${referrals.status} = 'waiting'`),
      rewarded: when(sql`${referrals.status} = 'rewarded'`),
      cancelled: when(sql`${referrals.status} = 'cancelled'`),
      blocked: when(sql`${referrals.status} = 'blocked'`),
      firstOrders: when(sql`${referrals.firstOrderId} is not null`),
      pointsPaid: sum(sql`${referrals.friendPoints} + ${referrals.referrerPoints}`).mapWith(Number),
    })
    .from(referrals)
    .where(ofStore);
  const [revenue] = await ctx.db
    .select({ total: sum(members.totalSpent).mapWith(Number) })
    .from(referrals)
    .innerJoin(
      members,
      and(eq(members.merchantId, referrals.merchantId), eq(members.id, referrals.friendMemberId)),
    )
    .where(and(ofStore, ne(referrals.status, "blocked")));
  const [codes] = await ctx.db
    .select({ n: count() })
    .from(referralCodes)
    .where(eq(referralCodes.merchantId, ctx.merchantId));
  return {
    isProgramActive: (await findReferralProgram(ctx)) !== null,
    codesShared: codes?.n ?? 0,
    joined: tally?.joined ?? 0,
    waiting: tally?.waiting ?? 0,
    rewarded: tally?.rewarded ?? 0,
    cancelled: tally?.cancelled ?? 0,
    blocked: tally?.blocked ?? 0,
    firstOrders: tally?.firstOrders ?? 0,
    pointsPaid: tally?.pointsPaid ?? 0,
    referredRevenue: revenue?.total ?? 0,
  };
}
