import { and, asc, eq } from "drizzle-orm";
import type { Executor } from "@/db/database";
import { clubMemberships } from "@/db/schema";

/** Every term of a member's club memberships, oldest first. */
export function listClubTerms(db: Executor, key: { merchantId: string; memberId: string }) {
  return db
    .select({
      programId: clubMemberships.programId,
      source: clubMemberships.source,
      startsAt: clubMemberships.startsAt,
      endsAt: clubMemberships.endsAt,
    })
    .from(clubMemberships)
    .where(
      and(
        eq(clubMemberships.merchantId, key.merchantId),
        eq(clubMemberships.memberId, key.memberId),
      ),
    )
    .orderBy(asc(clubMemberships.startsAt));
}
