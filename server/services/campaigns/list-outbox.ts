import { and, desc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { campaignMessages, campaigns, members, messageStatuses } from "@/db/schema";
import type { ServiceContext } from "../context";

export const ListOutboxInput = z.object({
  campaignId: z.uuid().optional(),
  status: z.enum(messageStatuses).optional(),
  page: z.number().int().min(1).max(10_000).default(1),
});

const pageSize = 50;

/** The outbox, newest first: what was sent, failed (with the error) or skipped (with why). */
export async function listOutbox({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: z.input<typeof ListOutboxInput>;
}) {
  const { campaignId, status, page } = ListOutboxInput.parse(input);
  const where = and(
    eq(campaignMessages.merchantId, ctx.merchantId),
    campaignId ? eq(campaignMessages.campaignId, campaignId) : undefined,
    status ? eq(campaignMessages.status, status) : undefined,
  );
  const [rows, [count]] = await Promise.all([
    ctx.db
      .select({
        id: campaignMessages.id,
        campaignId: campaignMessages.campaignId,
        campaignName: campaigns.name,
        memberId: campaignMessages.memberId,
        memberName: sql<string>`coalesce(${members.name}, ${members.externalId})`,
        channel: campaignMessages.channel,
        step: campaignMessages.step,
        isTest: campaignMessages.isTest,
        isMarketing: campaignMessages.isMarketing,
        status: campaignMessages.status,
        reason: campaignMessages.reason,
        recipient: campaignMessages.recipient,
        subject: campaignMessages.subject,
        dueAt: campaignMessages.dueAt,
        sentAt: campaignMessages.sentAt,
        openedAt: campaignMessages.openedAt,
        createdAt: campaignMessages.createdAt,
      })
      .from(campaignMessages)
      .innerJoin(
        campaigns,
        and(
          eq(campaigns.merchantId, campaignMessages.merchantId),
          eq(campaigns.id, campaignMessages.campaignId),
        ),
      )
      .innerJoin(
        members,
        and(
          eq(members.merchantId, campaignMessages.merchantId),
          eq(members.id, campaignMessages.memberId),
        ),
      )
      .where(where)
      .orderBy(desc(campaignMessages.createdAt), desc(campaignMessages.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    ctx.db.select({ total: sql<number>`count(*)::int` }).from(campaignMessages).where(where),
  ]);
  return { rows, total: count?.total ?? 0, page, pageSize };
}
