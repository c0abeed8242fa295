import { and, eq, gte, sql } from "drizzle-orm";
import { z } from "zod";
import { fromZonedLocal } from "@/components/format/zoned-time";
import type { Executor } from "@/db/database";
import { partnerCredits, partners } from "@/db/schema";
import { LimitExceeded, Unauthorized } from "@/server/errors";
import { findPointValue } from "../analytics/find-point-value";
import type { ServiceContext } from "../context";
import { IdempotencyKey, runIdempotent } from "../idempotency/run-idempotent";
import { queueLotInserts } from "../ledger/create-lots";
import { planCredit } from "../ledger/plan-credit";
import { queueEntries } from "../ledger/queue-entries";
import { lockMember } from "../members/lock-member";
import { localDate } from "../stats/local-date";
import type { PartnerClient } from "./authenticate-partner";
import { findPartnerMember, PartnerMemberRef } from "./find-partner-member";

const defaultPointValue = 100;

export const PartnerCreditInput = z.object({
  idempotencyKey: IdempotencyKey,
  member: PartnerMemberRef,
  points: z.number().int().min(1).max(1e9),
  reference: z.string().trim().min(1).max(200).optional(),
});

export const partnerReason = (name: string) => `points from partner: ${name}`;

/**
 * A partner credits points to one of the store's members. The partner's row is locked first,
 * so concurrent credits of one partner count each other against its monthly cap; the key is
 * the partner's own (namespaced), so no one else's key can replay or block it.
 */
export async function creditPartnerPoints({
  db,
  partner,
  input,
  now = new Date(),
}: {
  db: Executor;
  partner: PartnerClient;
  input: z.input<typeof PartnerCreditInput>;
  now?: Date;
}) {
  const { idempotencyKey, ...request } = PartnerCreditInput.parse(input);
  const ctx: ServiceContext = {
    merchantId: partner.merchantId,
    actor: { kind: "integration", keyId: partner.partnerId, label: `Partner “${partner.name}”` },
    db,
  };
  const key = `partner:${partner.partnerId}:${idempotencyKey}`;
  const call = { ctx, key, operation: "partner.credit", input: request };
  return runIdempotent(call, async (tx, batch) => {
    const [row] = await tx
      .select({ monthlyCap: partners.monthlyCap, revokedAt: partners.keyRevokedAt })
      .from(partners)
      .where(and(eq(partners.merchantId, ctx.merchantId), eq(partners.id, partner.partnerId)))
      .for("update");
    if (!row || row.revokedAt) throw new Unauthorized("This partner key is unknown or revoked");
    const found = await findPartnerMember(tx, ctx.merchantId, request.member);
    const { member, timezone } = await lockMember(tx, ctx.merchantId, { memberId: found.id });
    if (row.monthlyCap !== null) {
      const used = await sumSince(tx, partner, monthStart(now, timezone));
      if (used + request.points > row.monthlyCap) {
        throw new LimitExceeded(
          `This credit would pass the partner's monthly cap of ${row.monthlyCap} points (${used} used)`,
        );
      }
    }
    const memberKey = { merchantId: ctx.merchantId, memberId: member.id };
    const lot = { versionId: null, amount: request.points, availableAt: now, expiresAt: null };
    const reason = partnerReason(partner.name);
    const credit = planCredit([lot], { now, wallet: "points", kind: "adjust", reason, debt: 0 });
    queueLotInserts(batch, memberKey, credit.lots, { wallet: "points", now });
    queueEntries(batch, { ...memberKey, actor: ctx.actor, at: now }, credit.entries);
    const pointValue = (await findPointValue(tx, ctx.merchantId)) ?? defaultPointValue;
    const [saved] = await tx
      .insert(partnerCredits)
      .values({
        merchantId: ctx.merchantId,
        partnerId: partner.partnerId,
        memberId: member.id,
        points: request.points,
        value: request.points * pointValue,
        reference: request.reference ?? null,
        createdAt: now,
      })
      .returning({ id: partnerCredits.id });
    if (!saved) throw new Error("Partner credit was not saved");
    return {
      id: saved.id,
      points: request.points,
      reference: request.reference ?? null,
      at: now.toISOString(),
    };
  });
}

async function sumSince(tx: Executor, partner: PartnerClient, since: Date) {
  const [row] = await tx
    .select({ used: sql<string>`coalesce(sum(${partnerCredits.points}), 0)` })
    .from(partnerCredits)
    .where(
      and(
        eq(partnerCredits.merchantId, partner.merchantId),
        eq(partnerCredits.partnerId, partner.partnerId),
        gte(partnerCredits.createdAt, since),
      ),
    );
  return Number(row?.used ?? 0);
}

/** The first instant of the store's current calendar month. */
function monthStart(now: Date, timezone: string): Date {
  const first = `${localDate(now, timezone).slice(0, 7)}-01`;
  return fromZonedLocal(first, timezone) ?? new Date(`${first}T00:00:00Z`);
}
