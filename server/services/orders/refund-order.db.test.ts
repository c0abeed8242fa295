import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ledgerEntries } from "@/db/schema";
import type { ServiceContext } from "@/server/services/context";
import {
  addMember,
  bonusProgram,
  createLoyaltyStore,
  delayedBonus,
  expectConsistentLedger,
  line,
  readBalance,
  readLots,
} from "@/server/testing/loyalty-fixtures";
import { setUpTestDatabase } from "@/server/testing/test-database";
import { adjustPoints } from "../members/adjust-points";
import { publishProgram } from "../programs/publish-program";
import { saveProgramDraft } from "../programs/save-draft";
import { updateLoyaltySettings } from "../settings/update-loyalty-settings";
import { cancelOrder } from "./cancel-order";
import { markOrderPaid } from "./mark-paid";
import { refundOrder } from "./refund-order";

const database = setUpTestDatabase();

const key = () => randomUUID();
const pay = (
  ctx: ServiceContext,
  orderId: string,
  member: { externalId: string },
  lines: ReturnType<typeof line>[],
  pointsToSpend = 0,
) =>
  markOrderPaid({ ctx, input: { idempotencyKey: key(), orderId, member, lines, pointsToSpend } });
const refund = (
  ctx: ServiceContext,
  orderId: string,
  rest: { lines?: { sku: string; quantity: number }[]; amount?: number } = {},
) => refundOrder({ ctx, input: { idempotencyKey: key(), orderId, ...rest } });

async function addLot(
  ctx: ServiceContext,
  externalId: string,
  amount: number,
  expiresInDays: number,
) {
  await adjustPoints({
    ctx,
    input: { idempotencyKey: key(), member: { externalId }, amount, reason: "gift", expiresInDays },
  });
}

describe("refunds", () => {
  it("a full refund puts balances and lots back exactly as before the order", async () => {
    for (const activationDelayDays of [0, 14]) {
      const { ctx } = await createLoyaltyStore(database.db, bonusProgram({ activationDelayDays }));
      const buyer = await addMember(ctx);
      await addLot(ctx, buyer.ref.externalId, 500, 100);
      await addLot(ctx, buyer.ref.externalId, 200, 30);
      const before = {
        balance: await readBalance(database.db, ctx.merchantId, buyer.id),
        lots: await readLots(database.db, ctx.merchantId, buyer.id),
      };
      const lines = [line("TEA-1", 70_000, 2), line("COF-1", 33_333, 3)];
      const paid = await pay(ctx, "F-1", buyer.ref, lines, 300);
      expect(paid.redeemedPoints).toBe(300);
      expect(paid.earnedPoints).toBeGreaterThan(0);
      const result = await refund(ctx, "F-1");
      expect(result.refund).toMatchObject({
        pointsReversed: paid.earnedPoints,
        pointsReturned: 300,
        cash: paid.total,
      });
      expect(result.status).toBe("refunded");
      expect(await readBalance(database.db, ctx.merchantId, buyer.id)).toEqual(before.balance);
      const after = await readLots(database.db, ctx.merchantId, buyer.id);
      const earlier = new Set(before.lots.map((l) => l.id));
      expect(after.filter((l) => earlier.has(l.id))).toEqual(before.lots);
      expect(after.filter((l) => !earlier.has(l.id)).every((l) => l.remaining === 0)).toBe(true);
      await expectConsistentLedger(database.db, ctx.merchantId);
    }
  });

  it("any sequence of partial refunds never exceeds the order, and the last full refund is exact", async () => {
    const { ctx } = await createLoyaltyStore(database.db);
    const buyer = await addMember(ctx, 10_000);
    const step = fc.oneof(
      fc.record({ amount: fc.integer({ min: 1, max: 60_000 }) }),
      fc.record({
        lines: fc.array(
          fc.record({
            sku: fc.constantFrom("A", "B", "C"),
            quantity: fc.integer({ min: 1, max: 3 }),
          }),
          { minLength: 1, maxLength: 2 },
        ),
      }),
    );
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 4 }), async (steps) => {
        const orderId = `PR-${n++}`;
        const paid = await pay(
          ctx,
          orderId,
          buyer.ref,
          [line("A", 12_345, 3), line("B", 99_999), line("C", 501, 2)],
          700,
        );
        const total = { cash: 0, reversed: 0, returned: 0 };
        for (const s of [...steps, {}]) {
          const { refund: r } = await refund(ctx, orderId, s);
          total.cash += r.cash;
          total.reversed += r.pointsReversed + r.debtRecorded;
          total.returned += r.pointsReturned;
          expect(total.cash).toBeLessThanOrEqual(paid.total);
          expect(total.reversed).toBeLessThanOrEqual(paid.earnedPoints);
          expect(total.returned).toBeLessThanOrEqual(paid.redeemedPoints);
        }
        expect(total).toEqual({
          cash: paid.total,
          reversed: paid.earnedPoints,
          returned: paid.redeemedPoints,
        });
        const again = await refund(ctx, orderId, { lines: [{ sku: "A", quantity: 1 }] });
        expect(again.refund.isNoop).toBe(true);
      }),
      { numRuns: 12 },
    );
    expect(await readBalance(database.db, ctx.merchantId, buyer.id)).toMatchObject({
      available: 10_000,
      debt: 0,
    });
    await expectConsistentLedger(database.db, ctx.merchantId);
  });

  it("refunding earned points already spent records debt; the next earn repays it first", async () => {
    const { ctx } = await createLoyaltyStore(database.db);
    const buyer = await addMember(ctx);
    await pay(ctx, "D-1", buyer.ref, [line("TEA-1", 100_000)]); // earns 100
    await pay(ctx, "D-2", buyer.ref, [line("TEA-2", 10_000)], 80); // spends 80, earns 2
    const { refund: r } = await refund(ctx, "D-1");
    // 20 left in the order's lot, 2 clawed back from the other order's lot, 78 owed.
    expect(r).toMatchObject({ pointsReversed: 22, debtRecorded: 78, writtenOff: 0 });
    expect(await readBalance(database.db, ctx.merchantId, buyer.id)).toMatchObject({
      available: 0,
      debt: 78,
    });
    const [reversal] = await database.db
      .select()
      .from(ledgerEntries)
      .where(and(eq(ledgerEntries.merchantId, ctx.merchantId), eq(ledgerEntries.kind, "reverse")));
    expect(reversal).toMatchObject({
      debt: 78,
      reason: expect.stringContaining("78 owed as debt"),
    });

    await pay(ctx, "D-3", buyer.ref, [line("TEA-1", 100_000)]); // earns 100: 78 repay the debt
    expect(await readBalance(database.db, ctx.merchantId, buyer.id)).toMatchObject({
      available: 22,
      debt: 0,
    });
    await expectConsistentLedger(database.db, ctx.merchantId);
  });

  it("with the clawbackAvailable policy the shortfall is written off instead", async () => {
    const { ctx } = await createLoyaltyStore(database.db);
    await updateLoyaltySettings({ ctx, input: { debtPolicy: "clawbackAvailable" } });
    const buyer = await addMember(ctx);
    await pay(ctx, "W-1", buyer.ref, [line("TEA-1", 100_000)]);
    await pay(ctx, "W-2", buyer.ref, [line("TEA-2", 10_000)], 80);
    const { refund: r } = await refund(ctx, "W-1");
    expect(r).toMatchObject({ pointsReversed: 22, debtRecorded: 0, writtenOff: 78 });
    expect(await readBalance(database.db, ctx.merchantId, buyer.id)).toMatchObject({
      available: 0,
      debt: 0,
    });
    await expectConsistentLedger(database.db, ctx.merchantId);
  });

  it("refunds replay the version the order was priced with, not today's", async () => {
    const { ctx, programId } = await createLoyaltyStore(database.db);
    const buyer = await addMember(ctx);
    const paid = await pay(ctx, "V-1", buyer.ref, [line("TEA-1", 100_000)]);
    expect(paid.earnedPoints).toBe(100);
    const richer = bonusProgram({ earn: { kind: "percent", percentBp: 5000 } });
    await saveProgramDraft({ ctx, input: { programId, config: richer } });
    await publishProgram({ ctx, input: { programId } });
    const { refund: r } = await refund(ctx, "V-1", { lines: [{ sku: "TEA-1", quantity: 1 }] });
    expect(r.pointsReversed).toBe(100);
    expect(await readBalance(database.db, ctx.merchantId, buyer.id)).toMatchObject({
      available: 0,
      debt: 0,
    });
  });

  it("cancelling a paid order voids its pending earn and returns the spent points", async () => {
    const { ctx } = await createLoyaltyStore(database.db, delayedBonus);
    const buyer = await addMember(ctx, 300);
    await pay(ctx, "X-1", buyer.ref, [line("TEA-1", 100_000)], 300);
    expect(await readBalance(database.db, ctx.merchantId, buyer.id)).toMatchObject({
      available: 0,
      pending: 70,
    });
    const cancelled = await cancelOrder({ ctx, input: { idempotencyKey: key(), orderId: "X-1" } });
    expect(cancelled.status).toBe("cancelled");
    expect(await readBalance(database.db, ctx.merchantId, buyer.id)).toMatchObject({
      available: 300,
      pending: 0,
    });
    await expectConsistentLedger(database.db, ctx.merchantId);
  });
});
