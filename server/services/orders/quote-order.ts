import { z } from "zod";
import type { Quote } from "@/server/engine";
import type { ServiceContext } from "../context";
import { sumExpiredHolds } from "../ledger/release-expired-holds-of";
import { loadVersions } from "../programs/load-versions";
import { loadMemberStats } from "../stats/load-member-stats";
import { loadBuyer } from "./load-buyer";
import { MemberRefInput, OrderLines, PointsToSpend } from "./order-input";
import { priceCart } from "./price-cart";

export const QuoteOrderInput = z.object({
  member: MemberRefInput,
  lines: OrderLines,
  pointsToSpend: PointsToSpend,
  rewardId: z.string().optional(),
});
export type QuoteOrderInput = z.input<typeof QuoteOrderInput>;

/** Prices a cart for a member with today's active versions; writes nothing. */
export async function quoteOrder({
  ctx,
  input,
  now = new Date(),
}: {
  ctx: ServiceContext;
  input: QuoteOrderInput;
  now?: Date;
}): Promise<Quote> {
  const { member, lines, pointsToSpend, rewardId } = QuoteOrderInput.parse(input);
  const buyer = await loadBuyer(ctx.db, ctx.merchantId, member, now);
  const key = { merchantId: ctx.merchantId, memberId: buyer.member.id };
  const versions = await loadVersions(ctx.db, ctx.merchantId, buyer.versionIds);
  const { stats } = await loadMemberStats(
    ctx.db,
    { ...key, member: buyer.member, recent: buyer.recent },
    versions,
    {
      now,
      timezone: buyer.timezone,
    },
  );
  const extraSpendable = buyer.balance.held > 0 ? await sumExpiredHolds(ctx.db, key, now) : 0;
  return priceCart({ buyer, versions, stats, lines, now, pointsToSpend, rewardId, extraSpendable });
}
