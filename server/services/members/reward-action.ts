import { z } from "zod";
import { actionRewards, memberActions } from "@/db/schema";
import { computeActionRewards, isInBirthdayWindow, type ProgramVersion } from "@/server/engine";
import { Forbidden, InvalidInput } from "@/server/errors";
import type { ServiceContext } from "../context";
import { runIdempotent } from "../idempotency/run-idempotent";
import { queueLotInserts } from "../ledger/create-lots";
import { planCredit } from "../ledger/plan-credit";
import { queueEntries } from "../ledger/queue-entries";
import { IdempotencyKey, MemberRefInput } from "../orders/order-input";
import { loadVersions } from "../programs/load-versions";
import { localDate } from "../stats/local-date";
import { lockMember } from "./lock-member";

export const RewardActionInput = z.object({
  idempotencyKey: IdempotencyKey,
  member: MemberRefInput,
  action: z.enum(memberActions),
});
export type RewardActionInput = z.input<typeof RewardActionInput>;

/**
 * Credits the points the active programs give for an action, once per member and action
 * (a birthday once per year). A repeat credits nothing and says so.
 */
export async function rewardAction({
  ctx,
  input,
  now = new Date(),
}: {
  ctx: ServiceContext;
  input: RewardActionInput;
  now?: Date;
}) {
  const { idempotencyKey, ...request } = RewardActionInput.parse(input);
  const call = { ctx, key: idempotencyKey, operation: "points.rewardAction", input: request };
  return runIdempotent(call, async (tx, batch) => {
    const { member, balance, timezone, versionIds } = await lockMember(
      tx,
      ctx.merchantId,
      request.member,
    );
    if (member.isBlocked) {
      throw new Forbidden("This member is blocked: they neither earn nor spend points");
    }
    const key = { merchantId: ctx.merchantId, memberId: member.id };
    const versions = await loadVersions(tx, ctx.merchantId, versionIds);
    const today = localDate(now, timezone);
    if (request.action === "birthday") checkBirthday(member.birthday, today, versions);
    if (
      request.action === "profileCompleted" &&
      !(member.name && member.email && member.phone && member.birthday)
    ) {
      throw new InvalidInput("The profile is not complete yet");
    }
    const earned = computeActionRewards(versions, request.action, now);
    const points = earned.reduce((sum, lot) => sum + lot.amount, 0);
    if (points === 0)
      return { memberId: member.id, action: request.action, credited: 0, isRepeat: false };
    const occasion = request.action === "birthday" ? today.slice(0, 4) : "once";
    const [first] = await tx
      .insert(actionRewards)
      .values({
        ...key,
        action: request.action,
        occasion,
        points,
        programVersionId: earned[0]?.versionId,
      })
      .onConflictDoNothing()
      .returning({ points: actionRewards.points });
    if (!first) return { memberId: member.id, action: request.action, credited: 0, isRepeat: true };
    const reason = `reward for action: ${request.action}`;
    const credit = planCredit(earned, {
      now,
      wallet: "points",
      kind: "earn",
      reason,
      debt: balance.debt,
    });
    queueLotInserts(batch, key, credit.lots, { wallet: "points", now });
    queueEntries(batch, { ...key, actor: ctx.actor, at: now }, credit.entries);
    return { memberId: member.id, action: request.action, credited: points, isRepeat: false };
  });
}

/** A birthday reward needs a birthday near today (the program's birthday window, else 7 days). */
function checkBirthday(birthday: string | null, today: string, versions: ProgramVersion[]) {
  if (!birthday) throw new InvalidInput("The member has no birthday on file");
  const windows = versions.map((v) =>
    "birthday" in v.config ? v.config.birthday?.windowDays : undefined,
  );
  const windowDays = windows.find((days) => days !== undefined) ?? 7;
  const [y, m, d] = today.split("-").map(Number);
  const dayNumber = Math.floor(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) / 86_400_000);
  const local = {
    year: y ?? 1970,
    month: m ?? 1,
    day: d ?? 1,
    weekday: 1,
    minuteOfDay: 0,
    dayNumber,
  };
  const birthDate = { month: Number(birthday.slice(5, 7)), day: Number(birthday.slice(8, 10)) };
  if (!isInBirthdayWindow(birthDate, windowDays, local)) {
    throw new InvalidInput("The birthday reward is given only around the member's birthday");
  }
}
