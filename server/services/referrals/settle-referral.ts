import { and, eq } from "drizzle-orm";
import type { Tx } from "@/db/database";
import { referrals } from "@/db/schema";
import { decideReferral, startOfLocalMonth } from "@/server/engine";
import type { Actor } from "../context";
import { runIdempotent } from "../idempotency/run-idempotent";
import { lockMember } from "../members/lock-member";
import { loadVersions } from "../programs/load-versions";
import { loadReferralFacts } from "./load-referral-facts";
import { queueReferralCredit } from "./queue-referral-credit";

type Settle = { merchantId: string; referralId: string; timezone: string; actor: Actor; now: Date };

/**
 * Decides one waiting referral under its row lock: a concurrent run waits, then finds it no
 * longer waiting. The referrer's points go through an idempotency key named for the referral,
 * so even a replayed decision cannot credit them twice.
 */
export async function settleReferral(tx: Tx, s: Settle) {
  const { merchantId, now } = s;
  const ofReferral = and(eq(referrals.merchantId, merchantId), eq(referrals.id, s.referralId));
  const [referral] = await tx.select().from(referrals).where(ofReferral).for("update");
  if (referral?.status !== "waiting") return "skipped" as const;
  const [version] = await loadVersions(tx, merchantId, [referral.programVersionId]);
  if (version?.config.type !== "referral") return "skipped" as const;
  const rules = version.config.referral;
  const facts = await loadReferralFacts(tx, referral, startOfLocalMonth(now, s.timezone));
  const decision = decideReferral(facts, rules, now);
  const firstOrder = {
    firstOrderId: facts.orderId,
    firstOrderAmount: facts.order?.amount ?? null,
    firstOrderPaidAt: facts.order?.paidAt ?? null,
  };
  if (decision.kind === "wait") {
    if (facts.orderId && !referral.firstOrderId)
      await tx.update(referrals).set(firstOrder).where(ofReferral);
    return "waiting" as const;
  }
  if (decision.kind === "block") {
    const blocked = { status: "blocked" as const, blockReason: decision.reason, closedAt: now };
    await tx
      .update(referrals)
      .set({ ...firstOrder, ...blocked })
      .where(ofReferral);
    return "blocked" as const;
  }
  if (decision.kind === "cancel") {
    await tx
      .update(referrals)
      .set({ ...firstOrder, status: "cancelled", closedAt: now })
      .where(ofReferral);
    return "cancelled" as const;
  }
  const points = rules.referrerBonus;
  const ctx = { merchantId, actor: s.actor, db: tx };
  const call = {
    ctx,
    key: `referral-reward:${referral.id}`,
    operation: "referrals.reward",
    input: { points },
  };
  const { credited } = await runIdempotent(call, async (inner, batch) => {
    const { balance, member } = await lockMember(inner, merchantId, {
      memberId: referral.referrerMemberId,
    });
    if (member.isBlocked) return { credited: 0 };
    queueReferralCredit(batch, {
      key: { merchantId, memberId: member.id },
      debt: balance.debt,
      versionId: referral.programVersionId,
      points,
      reason: "referral: a friend's first order cleared the refund window",
      actor: s.actor,
      now,
    });
    return { credited: points };
  });
  await tx
    .update(referrals)
    .set({ ...firstOrder, status: "rewarded", referrerPoints: credited, closedAt: now })
    .where(ofReferral);
  return "rewarded" as const;
}
