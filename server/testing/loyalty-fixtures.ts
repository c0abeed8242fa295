import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { Executor } from "@/db/database";
import { lots, memberBalances } from "@/db/schema";
import type { CartLine, ProgramConfigInput } from "@/server/engine";
import type { ServiceContext } from "@/server/services/context";
import { countDoubleSpends } from "@/server/services/ledger/count-double-spends";
import { findLedgerMismatches } from "@/server/services/ledger/find-ledger-mismatches";
import { adjustPoints } from "@/server/services/members/adjust-points";
import { enrollMember } from "@/server/services/members/enroll-member";
import { markOrderPaid } from "@/server/services/orders/mark-paid";
import { createProgram } from "@/server/services/programs/create-program";
import { publishProgram } from "@/server/services/programs/publish-program";
import { createTestMerchant } from "./create-test-merchant";

type BonusSettings = NonNullable<Extract<ProgramConfigInput, { type: "bonus" }>["bonus"]>;

/** 10% of the order back as points, 1 point = 1 RUB, points may pay the whole order. */
export const bonusProgram = (settings: Partial<BonusSettings> = {}): ProgramConfigInput => ({
  type: "bonus",
  bonus: {
    earn: { kind: "percent", percentBp: 1000 },
    pointValue: 100,
    redemption: { payment: { maxShareBp: 10_000 } },
    ...settings,
  },
});
export const simpleBonus = bonusProgram();
/** Earned points wait 14 days: during a test only the opening balance can be spent. */
export const delayedBonus = bonusProgram({ activationDelayDays: 14 });

export async function createLoyaltyStore(db: Executor, config: ProgramConfigInput = simpleBonus) {
  const ctx = await createTestMerchant(db);
  const { programId } = await createProgram({ ctx, input: { name: "Bonus", config } });
  const { versionId } = await publishProgram({ ctx, input: { programId } });
  return { ctx, programId, versionId };
}

export async function addMember(
  ctx: ServiceContext,
  points = 0,
  externalId = `buyer-${randomUUID()}`,
) {
  const member = await enrollMember({ ctx, input: { externalId, name: "Test Buyer" } });
  if (points > 0) {
    await adjustPoints({
      ctx,
      input: {
        idempotencyKey: randomUUID(),
        member: { externalId },
        amount: points,
        reason: "opening balance",
      },
    });
  }
  return { ...member, ref: { externalId } };
}

export const line = (sku: string, unitPrice: number, quantity = 1, category = "tea"): CartLine => ({
  sku,
  unitPrice,
  quantity,
  category,
});

export async function readBalance(db: Executor, merchantId: string, memberId: string) {
  const [balance] = await db
    .select()
    .from(memberBalances)
    .where(and(eq(memberBalances.merchantId, merchantId), eq(memberBalances.memberId, memberId)));
  if (!balance) throw new Error("no balance");
  const { available, pending, held, cashback, pendingCashback, debt } = balance;
  return { available, pending, held, cashback, pendingCashback, debt };
}

export async function readLots(db: Executor, merchantId: string, memberId: string) {
  const rows = await db
    .select({
      id: lots.id,
      status: lots.status,
      remaining: lots.remaining,
      expiresAt: lots.expiresAt,
    })
    .from(lots)
    .where(and(eq(lots.merchantId, merchantId), eq(lots.memberId, memberId)));
  return rows.sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** Balance == sum(ledger) == lots, and no sign of a double spend. */
export async function expectConsistentLedger(db: Executor, merchantId: string) {
  const mismatches = await findLedgerMismatches(db, merchantId);
  const doubleSpends = await countDoubleSpends(db, merchantId);
  if (mismatches.length > 0 || doubleSpends.total > 0) {
    throw new Error(`Ledger inconsistent: ${JSON.stringify({ mismatches, doubleSpends })}`);
  }
}

/** A one-shot paid order of `amount` (minor units) by the member, dated `now`. */
export function payOrder(ctx: ServiceContext, memberId: string, amount: number, now: Date) {
  return markOrderPaid({
    ctx,
    now,
    input: {
      idempotencyKey: randomUUID(),
      orderId: `O-${randomUUID()}`,
      member: { memberId },
      lines: [line("TEA", amount)],
    },
  });
}
