import { sql } from "drizzle-orm";
import type { ServiceContext } from "../context";
import { rowsOf } from "../ledger/rows-of";
import { CampaignId } from "./campaign-input";
import { findCampaign } from "./find-campaign";

/** Orders paid this many days after a message count as its result. */
export const attributionDays = 14;

/**
 * Sent, skipped, failed and opened (the pixel: a lower bound, since mail apps block images),
 * and the members' paid orders within 14 days of a message, each order counted once, net of
 * refunds. Test sends are left out.
 */
export async function summarizeCampaign({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { campaignId: string };
}) {
  const { campaignId } = CampaignId.parse(input);
  const campaign = await findCampaign(ctx.db, ctx.merchantId, campaignId);
  const [counts] = rowsOf<Record<string, number>>(
    await ctx.db.execute(sql`
      select
        count(*) filter (where status = 'queued')::int as queued,
        count(*) filter (where status in ('sending', 'sent'))::int as sent,
        count(*) filter (where status = 'failed')::int as failed,
        count(*) filter (where status = 'skipped')::int as skipped,
        count(opened_at)::int as opened
      from campaign_messages
      where merchant_id = ${ctx.merchantId} and campaign_id = ${campaignId}::uuid and not is_test`),
  );
  const [orders] = rowsOf<{ orders: number; revenue: number | string }>(
    await ctx.db.execute(sql`
      select count(*)::int as orders, coalesce(sum(o.total - o.refunded_amount), 0)::bigint as revenue
      from orders o
      where o.merchant_id = ${ctx.merchantId} and o.paid_at is not null
        and exists (
          select 1 from campaign_messages cm
          where cm.merchant_id = o.merchant_id and cm.member_id = o.member_id
            and cm.campaign_id = ${campaignId}::uuid and cm.status = 'sent' and not cm.is_test
            and o.paid_at >= cm.sent_at
            and o.paid_at < cm.sent_at + make_interval(days => ${attributionDays}))`),
  );
  return {
    campaign,
    queued: counts?.queued ?? 0,
    sent: counts?.sent ?? 0,
    failed: counts?.failed ?? 0,
    skipped: counts?.skipped ?? 0,
    opened: counts?.opened ?? 0,
    orders: orders?.orders ?? 0,
    revenue: Number(orders?.revenue ?? 0),
  };
}
