import { z } from "zod";
import type { Quote } from "@/server/engine";
import type { ServiceContext } from "../context";
import { loadBuyer } from "./load-buyer";
import { MemberRefInput, OrderLines, PointsToSpend } from "./order-input";
import { priceForBuyer } from "./price-for-buyer";

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
  const { db, merchantId } = ctx;
  const priced = await priceForBuyer({
    db,
    merchantId,
    buyer,
    lines,
    now,
    pointsToSpend,
    rewardId,
  });
  return priced.quote;
}
