import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { ledgerEntries } from "@/db/schema";
import { LimitExceeded } from "@/server/errors";
import {
  addMember,
  createLoyaltyStore,
  delayedBonus,
  expectConsistentLedger,
  line,
  readBalance,
} from "@/server/testing/loyalty-fixtures";
import { setUpTestDatabase } from "@/server/testing/test-database";
import { confirmOrder } from "./confirm-order";
import { markOrderPaid } from "./mark-paid";
import { reserveOrder } from "./reserve-order";

const database = setUpTestDatabase();

describe("concurrent spends of one member", () => {
  it("200 reserve+paid attempts against a balance that covers 50: exactly 50 spend, none overdraws", async () => {
    const { ctx } = await createLoyaltyStore(database.db, delayedBonus);
    const buyer = await addMember(ctx, 500);
    const lines = [line("TEA-1", 10_000)];
    const attempt = async (i: number) => {
      const reserved = await reserveOrder({
        ctx,
        input: {
          idempotencyKey: randomUUID(),
          member: buyer.ref,
          cartId: `cart-${i}`,
          lines,
          pointsToSpend: 10,
        },
      });
      if (reserved.heldPoints < 10) return "refused" as const;
      await confirmOrder({
        ctx,
        input: { idempotencyKey: randomUUID(), cartId: `cart-${i}`, orderId: `O-${i}` },
      });
      const paid = await markOrderPaid({
        ctx,
        input: { idempotencyKey: randomUUID(), orderId: `O-${i}` },
      });
      return paid.redeemedPoints === 10 ? ("spent" as const) : ("odd" as const);
    };
    const outcomes = await Promise.all(Array.from({ length: 200 }, (_, i) => attempt(i)));
    expect(outcomes.filter((o) => o === "spent")).toHaveLength(50);
    expect(outcomes.filter((o) => o === "refused")).toHaveLength(150);
    // Each paid order earned 10% of the 90 RUB paid: 9 points, pending.
    expect(await readBalance(database.db, ctx.merchantId, buyer.id)).toMatchObject({
      available: 0,
      held: 0,
      pending: 50 * 9,
    });
    await expectConsistentLedger(database.db, ctx.merchantId);
  });

  it("200 one-shot paid orders with redemption: exactly 50 spend, the rest are refused", async () => {
    const { ctx } = await createLoyaltyStore(database.db, delayedBonus);
    const buyer = await addMember(ctx, 500);
    const lines = [line("TEA-1", 10_000)];
    const results = await Promise.allSettled(
      Array.from({ length: 200 }, (_, i) =>
        markOrderPaid({
          ctx,
          input: {
            idempotencyKey: randomUUID(),
            orderId: `P-${i}`,
            member: buyer.ref,
            lines,
            pointsToSpend: 10,
          },
        }),
      ),
    );
    const spent = results.filter((r) => r.status === "fulfilled" && r.value.redeemedPoints === 10);
    expect(spent).toHaveLength(50);
    // A loser either saw an empty balance when pricing (spends 0) or lost the race at the lock.
    for (const r of results) {
      if (r.status === "rejected") expect(r.reason).toBeInstanceOf(LimitExceeded);
      else expect([0, 10]).toContain(r.value.redeemedPoints);
    }
    expect(await readBalance(database.db, ctx.merchantId, buyer.id)).toMatchObject({
      available: 0,
      held: 0,
    });
    await expectConsistentLedger(database.db, ctx.merchantId);
  });

  it("the same paid event sent 20 times at once earns exactly once", async () => {
    const { ctx } = await createLoyaltyStore(database.db);
    const buyer = await addMember(ctx, 100);
    const input = {
      idempotencyKey: randomUUID(),
      orderId: "SAME-1",
      member: buyer.ref,
      lines: [line("TEA-1", 100_000)],
      pointsToSpend: 100,
    };
    const results = await Promise.all(
      Array.from({ length: 20 }, () => markOrderPaid({ ctx, input })),
    );
    for (const result of results) expect(result).toEqual(results[0]);
    const earns = await database.db
      .select()
      .from(ledgerEntries)
      .where(and(eq(ledgerEntries.merchantId, ctx.merchantId), eq(ledgerEntries.kind, "earn")));
    expect(earns).toHaveLength(1);
    // 1000 RUB - 100 points = 900 RUB paid, 90 points earned.
    expect(await readBalance(database.db, ctx.merchantId, buyer.id)).toMatchObject({
      available: 90,
    });
    await expectConsistentLedger(database.db, ctx.merchantId);
  });

  it("the same order paid 20 times at once under different keys still earns once", async () => {
    const { ctx } = await createLoyaltyStore(database.db);
    const buyer = await addMember(ctx, 100);
    const lines = [line("TEA-1", 100_000)];
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        markOrderPaid({
          ctx,
          input: { idempotencyKey: randomUUID(), orderId: "SAME-2", member: buyer.ref, lines },
        }),
      ),
    );
    expect(new Set(results.map((r) => r.orderId)).size).toBe(1);
    const earns = await database.db
      .select()
      .from(ledgerEntries)
      .where(and(eq(ledgerEntries.merchantId, ctx.merchantId), eq(ledgerEntries.kind, "earn")));
    expect(earns).toHaveLength(1);
    await expectConsistentLedger(database.db, ctx.merchantId);
  });

  it("an order that waited for the member's lock is priced with the orders paid before it", async () => {
    // VIP, 10% off, from 5,000 RUB spent in the month: the fifth 1,000 RUB order makes the member
    // VIP, and an order that waited behind it must see that.
    const { ctx } = await createLoyaltyStore(database.db, {
      type: "tiers",
      tiers: {
        metric: "spend",
        period: { kind: "calendarMonth" },
        levels: [
          { id: "base", name: "Base", threshold: 0 },
          { id: "vip", name: "VIP", threshold: 500_000, discountBp: 1000 },
        ],
      },
    });
    const buyer = await addMember(ctx);
    const paid = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        markOrderPaid({
          ctx,
          input: {
            idempotencyKey: randomUUID(),
            orderId: `T-${i}`,
            member: buyer.ref,
            lines: [line("TEA-1", 100_000)],
          },
        }),
      ),
    );
    const discounts = paid.map((order) => order.discount).sort((a, b) => a - b);
    expect(discounts).toEqual([...Array<number>(5).fill(0), ...Array<number>(25).fill(10_000)]);
  });
});
