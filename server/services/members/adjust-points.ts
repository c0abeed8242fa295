import { z } from "zod";
import { recordAudit } from "../audit/record-audit";
import type { ServiceContext } from "../context";
import { runIdempotent } from "../idempotency/run-idempotent";
import { queueLotInserts } from "../ledger/create-lots";
import { planCredit } from "../ledger/plan-credit";
import { type EntryDraft, queueEntries, sumDeltas } from "../ledger/queue-entries";
import { takePoints } from "../ledger/take-points";
import { IdempotencyKey, MemberRefInput } from "../orders/order-input";
import { lockMember } from "./lock-member";

export const AdjustPointsInput = z.object({
  idempotencyKey: IdempotencyKey,
  member: MemberRefInput,
  /** Points to add (positive) or take away (negative, soonest-expiring first). */
  amount: z
    .number()
    .int()
    .refine((n) => n !== 0, { error: "Adjust by a non-zero amount" })
    .refine((n) => Math.abs(n) <= 1e12, { error: "Too many points" }),
  reason: z.string().trim().min(3, { error: "Say why the balance changes" }).max(500),
  expiresInDays: z.number().int().min(1).max(3650).optional(),
});
export type AdjustPointsInput = z.input<typeof AdjustPointsInput>;

/** A manual correction by staff: one adjust entry plus an audit row, in one transaction. */
export async function adjustPoints({
  ctx,
  input,
  now = new Date(),
}: {
  ctx: ServiceContext;
  input: AdjustPointsInput;
  now?: Date;
}) {
  const { idempotencyKey, ...request } = AdjustPointsInput.parse(input);
  const call = { ctx, key: idempotencyKey, operation: "points.adjust", input: request };
  return runIdempotent(call, async (tx, batch) => {
    const { member, balance: before } = await lockMember(tx, ctx.merchantId, request.member);
    const key = { merchantId: ctx.merchantId, memberId: member.id };
    const { amount, reason } = request;
    const entries: EntryDraft[] = [];
    if (amount > 0) {
      const expiresAt = request.expiresInDays
        ? new Date(now.getTime() + request.expiresInDays * 86_400_000)
        : null;
      const lot = { versionId: null, amount, availableAt: now, expiresAt };
      const credit = planCredit([lot], { now, wallet: "points", kind: "adjust", reason, debt: 0 });
      queueLotInserts(batch, key, credit.lots, { wallet: "points", now });
      entries.push(...credit.entries);
    } else {
      const taken = await takePoints(tx, batch, key, { amount: -amount, now, debt: before.debt });
      entries.push(...taken.entries, { kind: "adjust", amount, available: amount, reason });
    }
    queueEntries(batch, { ...key, actor: ctx.actor, at: now }, entries);
    const change = sumDeltas(entries);
    const after = {
      available: before.available + change.available,
      debt: before.debt + change.debt,
    };
    await recordAudit(tx, ctx.merchantId, ctx.actor, {
      action: "points.adjusted",
      entity: "member",
      entityId: member.id,
      before: { available: before.available },
      after: { available: after.available, amount, reason },
    });
    return { memberId: member.id, amount, available: after.available, debt: after.debt };
  });
}
