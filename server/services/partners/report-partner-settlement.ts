import { and, asc, eq, gte, lt, sql } from "drizzle-orm";
import { z } from "zod";
import { fromZonedLocal } from "@/components/format/zoned-time";
import { partnerCredits, partners } from "@/db/schema";
import type { ServiceContext } from "../context";
import { getStoreTimezone } from "../settings/get-store-timezone";

export const SettlementInput = z
  .object({ from: z.iso.date(), to: z.iso.date() })
  .refine((p) => p.from <= p.to, { error: "The period ends before it starts", path: ["to"] });

/**
 * Per partner, what it credited in the period (store-local days, both ends included): the
 * points and their money value at the point value of each credit's day. Partners with no
 * credits are listed with zeros, so the store sees every partner it settles with.
 */
export async function reportPartnerSettlement({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: z.infer<typeof SettlementInput>;
}) {
  const timezone = await getStoreTimezone(ctx.db, ctx.merchantId);
  const start = fromZonedLocal(input.from, timezone);
  const end = fromZonedLocal(nextDay(input.to), timezone);
  const rows = await ctx.db
    .select({
      partnerId: partners.id,
      name: partners.name,
      maskedKey: partners.maskedKey,
      isRevoked: sql<boolean>`${partners.keyRevokedAt} is not null`,
      monthlyCap: partners.monthlyCap,
      credits: sql<string>`count(${partnerCredits.id})`,
      points: sql<string>`coalesce(sum(${partnerCredits.points}), 0)`,
      value: sql<string>`coalesce(sum(${partnerCredits.value}), 0)`,
    })
    .from(partners)
    .leftJoin(
      partnerCredits,
      and(
        eq(partnerCredits.merchantId, partners.merchantId),
        eq(partnerCredits.partnerId, partners.id),
        start ? gte(partnerCredits.createdAt, start) : undefined,
        end ? lt(partnerCredits.createdAt, end) : undefined,
      ),
    )
    .where(eq(partners.merchantId, ctx.merchantId))
    .groupBy(partners.merchantId, partners.id)
    .orderBy(asc(partners.name));
  return rows.map((row) => ({
    ...row,
    credits: Number(row.credits),
    points: Number(row.points),
    value: Number(row.value),
  }));
}

function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
