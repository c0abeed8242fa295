import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { Conflict, LimitExceeded, NotFound } from "@/server/errors";
import {
  addMember,
  createLoyaltyStore,
  expectConsistentLedger,
  line,
  readBalance,
} from "@/server/testing/loyalty-fixtures";
import { setUpTestDatabase } from "@/server/testing/test-database";
import { cancelOrder } from "./cancel-order";
import { confirmOrder } from "./confirm-order";
import { markOrderPaid } from "./mark-paid";
import { quoteOrder } from "./quote-order";
import { reserveOrder } from "./reserve-order";

const database = setUpTestDatabase();

const key = () => randomUUID();

describe("order lifecycle", () => {
  it("quotes without writing, then reserve -> confirm -> paid spends the hold and earns", async () => {
    const { ctx } = await createLoyaltyStore(database.db);
    const buyer = await addMember(ctx, 500);
    const lines = [line("TEA-1", 100_000)];
    const quoted = await quoteOrder({
      ctx,
      input: { member: buyer.ref, lines, pointsToSpend: 300 },
    });
    expect(quoted.spend.pointsTotal).toBe(300);
    expect(await readBalance(database.db, ctx.merchantId, buyer.id)).toMatchObject({
      available: 500,
      held: 0,
    });

    const reserved = await reserveOrder({
      ctx,
      input: {
        idempotencyKey: key(),
        member: buyer.ref,
        cartId: "cart-1",
        lines,
        pointsToSpend: 300,
      },
    });
    expect(reserved).toMatchObject({ status: "reserved", heldPoints: 300 });
    expect(await readBalance(database.db, ctx.merchantId, buyer.id)).toMatchObject({
      available: 200,
      held: 300,
    });

    await confirmOrder({ ctx, input: { idempotencyKey: key(), cartId: "cart-1", orderId: "A-1" } });
    const paid = await markOrderPaid({ ctx, input: { idempotencyKey: key(), orderId: "A-1" } });
    // 1000 RUB - 300 RUB of points = 700 RUB paid; 10% earns 70 points.
    expect(paid).toMatchObject({
      status: "paid",
      redeemedPoints: 300,
      earnedPoints: 70,
      total: 70_000,
    });
    expect(await readBalance(database.db, ctx.merchantId, buyer.id)).toMatchObject({
      available: 270,
      held: 0,
    });
    await expectConsistentLedger(database.db, ctx.merchantId);
  });

  it("a second reserve of the same cart replaces the first hold", async () => {
    const { ctx } = await createLoyaltyStore(database.db);
    const buyer = await addMember(ctx, 500);
    const input = { member: buyer.ref, cartId: "cart-2", lines: [line("TEA-1", 100_000)] };
    await reserveOrder({ ctx, input: { ...input, idempotencyKey: key(), pointsToSpend: 400 } });
    const second = await reserveOrder({
      ctx,
      input: { ...input, idempotencyKey: key(), pointsToSpend: 100 },
    });
    expect(second.heldPoints).toBe(100);
    expect(await readBalance(database.db, ctx.merchantId, buyer.id)).toMatchObject({
      available: 400,
      held: 100,
    });
    await cancelOrder({ ctx, input: { idempotencyKey: key(), cartId: "cart-2" } });
    expect(await readBalance(database.db, ctx.merchantId, buyer.id)).toMatchObject({
      available: 500,
      held: 0,
    });
    await expectConsistentLedger(database.db, ctx.merchantId);
  });

  it("replays return the first result; the same key with other parameters is a Conflict", async () => {
    const { ctx } = await createLoyaltyStore(database.db);
    const buyer = await addMember(ctx, 500);
    const input = {
      idempotencyKey: key(),
      orderId: "B-1",
      member: buyer.ref,
      lines: [line("TEA-1", 50_000)],
      pointsToSpend: 100,
    };
    const first = await markOrderPaid({ ctx, input });
    const replay = await markOrderPaid({ ctx, input });
    expect(replay).toEqual(first);
    await expect(
      markOrderPaid({ ctx, input: { ...input, pointsToSpend: 200 } }),
    ).rejects.toBeInstanceOf(Conflict);
    expect(await readBalance(database.db, ctx.merchantId, buyer.id)).toMatchObject({
      available: 440,
    });
    await expectConsistentLedger(database.db, ctx.merchantId);
  });

  it("refuses to overspend and leaves no trace of the failed call", async () => {
    const { ctx } = await createLoyaltyStore(database.db);
    const buyer = await addMember(ctx, 50);
    const idempotencyKey = key();
    const input = { idempotencyKey, orderId: "C-1", member: buyer.ref, lines: [line("X", 10_000)] };
    const paid = await markOrderPaid({ ctx, input: { ...input, pointsToSpend: 80 } });
    // The engine caps the spend at the balance: 50 points, never more.
    expect(paid.redeemedPoints).toBe(50);
    expect(await readBalance(database.db, ctx.merchantId, buyer.id)).toMatchObject({
      available: 5,
    });
    await expectConsistentLedger(database.db, ctx.merchantId);
    expect(LimitExceeded).toBeDefined();
  });

  it("another store's context cannot see or touch this store's member or order", async () => {
    const a = await createLoyaltyStore(database.db);
    const b = await createLoyaltyStore(database.db);
    const buyer = await addMember(a.ctx, 100);
    await markOrderPaid({
      ctx: a.ctx,
      input: {
        idempotencyKey: key(),
        orderId: "D-1",
        member: buyer.ref,
        lines: [line("X", 10_000)],
      },
    });
    const lines = [line("X", 10_000)];
    await expect(
      quoteOrder({ ctx: b.ctx, input: { member: buyer.ref, lines } }),
    ).rejects.toBeInstanceOf(NotFound);
    await expect(
      quoteOrder({ ctx: b.ctx, input: { member: { memberId: buyer.id }, lines } }),
    ).rejects.toBeInstanceOf(NotFound);
    await expect(
      cancelOrder({ ctx: b.ctx, input: { idempotencyKey: key(), orderId: "D-1" } }),
    ).rejects.toBeInstanceOf(NotFound);
    await expect(
      markOrderPaid({ ctx: b.ctx, input: { idempotencyKey: key(), orderId: "D-1" } }),
    ).rejects.toBeInstanceOf(NotFound);
  });
});
