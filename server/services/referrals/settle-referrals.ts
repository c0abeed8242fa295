import { and, asc, eq, gt, isNotNull, or } from "drizzle-orm";
import type { Db } from "@/db/database";
import { members, merchants, referrals } from "@/db/schema";
import type { Actor } from "../context";
import { settleReferral } from "./settle-referral";

type Options = { db: Db; now?: Date; actor: Actor; merchantId?: string; batchSize?: number };

/**
 * The reward job's walk: every waiting referral whose friend has ordered, one transaction each.
 * Idempotent: a referral leaves "waiting" once, under its row lock.
 */
export async function settleReferrals({
  db,
  now = new Date(),
  actor,
  merchantId,
  batchSize = 100,
}: Options) {
  const counts = { rewarded: 0, cancelled: 0, blocked: 0, waiting: 0, skipped: 0 };
  let after: { createdAt: Date; id: string } | null = null;
  for (;;) {
    const page = await db
      .select({
        merchantId: referrals.merchantId,
        id: referrals.id,
        createdAt: referrals.createdAt,
        timezone: merchants.timezone,
      })
      .from(referrals)
      .innerJoin(
        members,
        and(eq(members.merchantId, referrals.merchantId), eq(members.id, referrals.friendMemberId)),
      )
      .innerJoin(merchants, eq(merchants.id, referrals.merchantId))
      .where(
        and(
          eq(referrals.status, "waiting"),
          isNotNull(members.firstOrderAt),
          merchantId ? eq(referrals.merchantId, merchantId) : undefined,
          after
            ? or(
                gt(referrals.createdAt, after.createdAt),
                and(eq(referrals.createdAt, after.createdAt), gt(referrals.id, after.id)),
              )
            : undefined,
        ),
      )
      .orderBy(asc(referrals.createdAt), asc(referrals.id))
      .limit(batchSize);
    for (const row of page) {
      const outcome = await db.transaction((tx) =>
        settleReferral(tx, {
          merchantId: row.merchantId,
          referralId: row.id,
          timezone: row.timezone,
          actor,
          now,
        }),
      );
      counts[outcome] += 1;
    }
    const last = page.at(-1);
    if (!last || page.length < batchSize) return counts;
    after = last;
  }
}
