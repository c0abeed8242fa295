import { and, count, eq, gt, sql } from "drizzle-orm";
import type { Tx } from "@/db/database";
import { type members, members as memberTable, referralCodes, referrals } from "@/db/schema";
import { canonicalCode, findBurst, findSelfReferral } from "@/server/engine";
import type { ServiceContext } from "../context";
import type { WriteBatch } from "../ledger/write-batch";
import { lockMember } from "../members/lock-member";
import { findReferralProgram } from "./find-referral-program";
import { queueReferralCredit } from "./queue-referral-credit";
import type { SignUpSource } from "./referral-input";

type Member = typeof members.$inferSelect;
type Join = { friend: Member; code: string; source: SignUpSource; now: Date };

export type JoinOutcome = {
  status: (typeof referrals.$inferSelect)["status"];
  blockReason: (typeof referrals.$inferSelect)["blockReason"];
  friendPoints: number;
};

/**
 * Links a new member to the member whose code they brought, runs the sign-up fraud checks and
 * credits the friend's welcome bonus. An unknown code, a blocked referrer or no active referral
 * program records nothing (null); a friend already referred keeps their first referral.
 */
export async function joinWithCode(
  tx: Tx,
  batch: WriteBatch,
  ctx: ServiceContext,
  { friend, code, source, now }: Join,
): Promise<JoinOutcome | null> {
  const { merchantId } = ctx;
  const earlier = await findJoin(tx, merchantId, friend.id);
  if (earlier) return earlier;
  const program = await findReferralProgram(ctx, tx);
  if (!program) return null;
  const [referrer] = await tx
    .select({ member: memberTable })
    .from(referralCodes)
    .innerJoin(
      memberTable,
      and(
        eq(memberTable.merchantId, referralCodes.merchantId),
        eq(memberTable.id, referralCodes.memberId),
      ),
    )
    .where(
      and(eq(referralCodes.merchantId, merchantId), eq(referralCodes.code, canonicalCode(code))),
    );
  if (!referrer || referrer.member.isBlocked) return null;
  const { rules } = program;
  await lockSources(tx, merchantId, source);
  const since = new Date(now.getTime() - rules.burstWindowHours * 3_600_000);
  const blockReason =
    findSelfReferral(
      { memberId: referrer.member.id, email: referrer.member.email, phone: referrer.member.phone },
      { memberId: friend.id, email: friend.email, phone: friend.phone },
    ) ??
    (friend.ordersCount > 0 || friend.firstOrderAt ? "notFirstOrder" : null) ??
    findBurst(
      {
        sameIp: source.ip ? await countSince(tx, merchantId, "ip", source.ip, since) : 0,
        sameDevice: source.deviceId
          ? await countSince(tx, merchantId, "deviceId", source.deviceId, since)
          : 0,
      },
      rules,
    );
  const friendPoints = blockReason || friend.isBlocked ? 0 : rules.friendBonus;
  const [made] = await tx
    .insert(referrals)
    .values({
      merchantId,
      referrerMemberId: referrer.member.id,
      friendMemberId: friend.id,
      code: canonicalCode(code),
      programVersionId: program.versionId,
      status: blockReason ? "blocked" : "waiting",
      blockReason,
      ip: source.ip ?? null,
      deviceId: source.deviceId ?? null,
      friendPoints,
      closedAt: blockReason ? now : null,
      createdAt: now,
    })
    .onConflictDoNothing()
    .returning({ status: referrals.status, blockReason: referrals.blockReason });
  if (!made) return findJoin(tx, merchantId, friend.id);
  if (friendPoints > 0) {
    const { balance } = await lockMember(tx, merchantId, { memberId: friend.id });
    queueReferralCredit(batch, {
      key: { merchantId, memberId: friend.id },
      debt: balance.debt,
      versionId: program.versionId,
      points: friendPoints,
      reason: "referral: welcome bonus for joining with a friend's code",
      actor: ctx.actor,
      now,
    });
  }
  return { ...made, friendPoints };
}

async function findJoin(tx: Tx, merchantId: string, friendId: string) {
  const [row] = await tx
    .select({
      status: referrals.status,
      blockReason: referrals.blockReason,
      friendPoints: referrals.friendPoints,
    })
    .from(referrals)
    .where(and(eq(referrals.merchantId, merchantId), eq(referrals.friendMemberId, friendId)));
  return row ?? null;
}

async function countSince(
  tx: Tx,
  merchantId: string,
  column: "ip" | "deviceId",
  value: string,
  since: Date,
) {
  const [row] = await tx
    .select({ n: count() })
    .from(referrals)
    .where(
      and(
        eq(referrals.merchantId, merchantId),
        eq(referrals[column], value),
        gt(referrals.createdAt, since),
      ),
    );
  return row?.n ?? 0;
}

/** Two sign-ups from one IP or device at once count one after the other, never both as first. */
async function lockSources(tx: Tx, merchantId: string, source: SignUpSource) {
  for (const value of [source.ip, source.deviceId]) {
    if (value) {
      await tx.execute(
        sql`select pg_advisory_xact_lock(hashtext(${`referral:${merchantId}:${value}`}))`,
      );
    }
  }
}
