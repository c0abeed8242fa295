import { and, desc, eq, lt } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "@/db/database";
import { partnerCredits } from "@/db/schema";
import type { PartnerClient } from "./authenticate-partner";

export const PartnerCreditsQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  before: z.iso.datetime().optional(),
});

/** The partner's own credits, newest first; the member is not named back to the partner. */
export async function listPartnerCredits(
  db: Executor,
  partner: PartnerClient,
  query: z.infer<typeof PartnerCreditsQuery>,
) {
  const rows = await db
    .select({
      id: partnerCredits.id,
      points: partnerCredits.points,
      reference: partnerCredits.reference,
      at: partnerCredits.createdAt,
    })
    .from(partnerCredits)
    .where(
      and(
        eq(partnerCredits.merchantId, partner.merchantId),
        eq(partnerCredits.partnerId, partner.partnerId),
        query.before ? lt(partnerCredits.createdAt, new Date(query.before)) : undefined,
      ),
    )
    .orderBy(desc(partnerCredits.createdAt), desc(partnerCredits.id))
    .limit(query.limit);
  const last = rows.at(-1);
  return {
    credits: rows.map((row) => ({ ...row, at: row.at.toISOString() })),
    nextBefore: last && rows.length === query.limit ? last.at.toISOString() : null,
  };
}
