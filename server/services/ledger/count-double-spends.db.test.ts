import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { holds, ledgerEntries, lotAllocations, lots, orders } from "@/db/schema";
import type { OrderSnapshot } from "@/server/engine";
import type { ServiceContext } from "@/server/services/context";
import {
  addMember,
  createLoyaltyStore,
  expectConsistentLedger,
  line,
} from "@/server/testing/loyalty-fixtures";
import { setUpTestDatabase } from "@/server/testing/test-database";
import { adjustPoints } from "../members/adjust-points";
import { confirmOrder } from "../orders/confirm-order";
import { markOrderPaid } from "../orders/mark-paid";
import { refundOrder } from "../orders/refund-order";
import { reserveOrder } from "../orders/reserve-order";
import { countDoubleSpends } from "./count-double-spends";

const database = setUpTestDatabase();

const key = () => randomUUID();

/** A member with two lots (100 points expiring soon, 500 later) and a paid order spending 300. */
async function paidAtOnce(ctx: ServiceContext) {
  const buyer = await addMember(ctx);
  for (const [amount, expiresInDays] of [
    [100, 30],
    [500, 300],
  ] as const) {
    const input = {
      idempotencyKey: key(),
      member: buyer.ref,
      amount,
      reason: "gift",
      expiresInDays,
    };
    await adjustPoints({ ctx, input });
  }
  const orderId = `O-${randomUUID()}`;
  await markOrderPaid({
    ctx,
    input: {
      idempotencyKey: key(),
      orderId,
      member: buyer.ref,
      lines: [line("TEA", 100_000), line("CUP", 50_000)],
      pointsToSpend: 300,
    },
  });
  const [order] = await database.db
    .select()
    .from(orders)
    .where(and(eq(orders.merchantId, ctx.merchantId), eq(orders.externalId, orderId)));
  if (!order) throw new Error("no order");
  return { buyer, orderId, order, snapshot: order.snapshot as OrderSnapshot };
}

const holdsOf = (ctx: ServiceContext, orderId: string) =>
  database.db
    .select({ id: holds.id, amount: holds.amount, status: holds.status })
    .from(holds)
    .where(and(eq(holds.merchantId, ctx.merchantId), eq(holds.orderId, orderId)));

/** Puts points back into a lot behind the ledger's back, as a lost update would. */
const refillLot = (ctx: ServiceContext, lotId: string, points: number) =>
  database.db
    .update(lots)
    .set({ remaining: sql`${lots.remaining} + ${points}` })
    .where(and(eq(lots.merchantId, ctx.merchantId), eq(lots.id, lotId)));

describe("spends without a reservation", () => {
  it("keep the lots they took in the order, and a refund records what each lot got back", async () => {
    const { ctx } = await createLoyaltyStore(database.db);
    const { orderId, order, snapshot } = await paidAtOnce(ctx);
    expect(snapshot.spentLots.map((lot) => lot.amount)).toEqual([100, 200]);
    expect(await holdsOf(ctx, order.id)).toEqual([]);
    await expectConsistentLedger(database.db, ctx.merchantId);

    await refundOrder({
      ctx,
      input: { idempotencyKey: key(), orderId, lines: [{ sku: "CUP", quantity: 1 }] },
    });
    const [hold, ...more] = await holdsOf(ctx, order.id);
    expect(more).toEqual([]);
    expect(hold).toMatchObject({ amount: 300, status: "spent" });
    const allocations = await database.db
      .select({ lotId: lotAllocations.lotId, amount: lotAllocations.amount })
      .from(lotAllocations)
      .where(
        and(
          eq(lotAllocations.merchantId, ctx.merchantId),
          eq(lotAllocations.holdId, hold?.id ?? ""),
        ),
      );
    expect(allocations).toEqual(expect.arrayContaining(snapshot.spentLots));
    await expectConsistentLedger(database.db, ctx.merchantId);

    await refundOrder({ ctx, input: { idempotencyKey: key(), orderId } });
    expect(await holdsOf(ctx, order.id)).toHaveLength(1);
    await expectConsistentLedger(database.db, ctx.merchantId);
  });
});

describe("the double-spend audit", () => {
  it("finds a lot that handed out more than it held, for an order paid at once", async () => {
    const { ctx } = await createLoyaltyStore(database.db);
    const { snapshot } = await paidAtOnce(ctx);
    const [first] = snapshot.spentLots;
    await refillLot(ctx, first?.lotId ?? "", 1);
    expect(await countDoubleSpends(database.db, ctx.merchantId)).toMatchObject({
      overdrawnLots: 1,
      total: 1,
    });
  });

  it("finds a lot that handed out more than it held, for a reserved order", async () => {
    const { ctx } = await createLoyaltyStore(database.db);
    const buyer = await addMember(ctx, 500);
    const input = { member: buyer.ref, cartId: "cart-1", lines: [line("TEA", 100_000)] };
    await reserveOrder({ ctx, input: { ...input, idempotencyKey: key(), pointsToSpend: 200 } });
    await confirmOrder({ ctx, input: { idempotencyKey: key(), cartId: "cart-1", orderId: "R-1" } });
    await markOrderPaid({ ctx, input: { idempotencyKey: key(), orderId: "R-1" } });
    await expectConsistentLedger(database.db, ctx.merchantId);
    const [lot] = await database.db
      .select({ id: lots.id })
      .from(lots)
      .where(and(eq(lots.merchantId, ctx.merchantId), eq(lots.memberId, buyer.id)))
      .orderBy(lots.createdAt)
      .limit(1);
    await refillLot(ctx, lot?.id ?? "", 1);
    expect(await countDoubleSpends(database.db, ctx.merchantId)).toMatchObject({
      overdrawnLots: 1,
      total: 1,
    });
  });

  it("finds an order spent twice, and off its ledger", async () => {
    const { ctx } = await createLoyaltyStore(database.db);
    const { buyer, order } = await paidAtOnce(ctx);
    await database.db.insert(ledgerEntries).values({
      merchantId: ctx.merchantId,
      memberId: buyer.id,
      kind: "spend",
      amount: -300,
      available: -300,
      reason: "points paid part of the order",
      orderId: order.id,
      actorLabel: "test",
    });
    expect(await countDoubleSpends(database.db, ctx.merchantId)).toMatchObject({
      overdrawnLots: 0,
      repeatedSpends: 1,
      ordersOffLedger: 1,
    });
  });

  it("counts only the store it is asked about", async () => {
    const { ctx } = await createLoyaltyStore(database.db);
    const { snapshot } = await paidAtOnce(ctx);
    await refillLot(ctx, snapshot.spentLots[0]?.lotId ?? "", 1);
    const other = await createLoyaltyStore(database.db);
    await paidAtOnce(other.ctx);
    expect((await countDoubleSpends(database.db, other.ctx.merchantId)).total).toBe(0);
  });
});
