import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { ledgerEntries } from "@/db/schema";
import { adjustPoints } from "@/server/services/members/adjust-points";
import { getMemberBalance } from "@/server/services/members/get-balance";
import { markOrderPaid } from "@/server/services/orders/mark-paid";
import { refundOrder } from "@/server/services/orders/refund-order";
import { reserveOrder } from "@/server/services/orders/reserve-order";
import {
  addMember,
  createLoyaltyStore,
  delayedBonus,
  expectConsistentLedger,
  line,
  readBalance,
} from "@/server/testing/loyalty-fixtures";
import { setUpTestDatabase } from "@/server/testing/test-database";
import { activatePending } from "./activate-pending";
import { expireLots } from "./expire-lots";
import { releaseExpiredHolds } from "./release-expired-holds";

const database = setUpTestDatabase();

const day = 86_400_000;
const later = (days: number) => new Date(Date.now() + days * day);

async function entriesOf(merchantId: string, kind: "expire" | "activate" | "release") {
  return database.db
    .select()
    .from(ledgerEntries)
    .where(and(eq(ledgerEntries.merchantId, merchantId), eq(ledgerEntries.kind, kind)));
}

describe("ledger jobs", () => {
  it("expiry burns expired lots once, even when two runs race", async () => {
    const { ctx } = await createLoyaltyStore(database.db);
    const buyers = await Promise.all([addMember(ctx), addMember(ctx), addMember(ctx)]);
    for (const buyer of buyers) {
      const member = buyer.ref;
      await adjustPoints({
        ctx,
        input: {
          idempotencyKey: randomUUID(),
          member,
          amount: 100,
          reason: "promo",
          expiresInDays: 1,
        },
      });
      await adjustPoints({
        ctx,
        input: { idempotencyKey: randomUUID(), member, amount: 40, reason: "gift" },
      });
    }
    const run = () =>
      expireLots({ db: database.db, now: later(2), merchantId: ctx.merchantId, batchSize: 2 });
    const [a, b] = await Promise.all([run(), run()]);
    expect(a.expired + b.expired).toBe(300);
    expect((await run()).expired).toBe(0);
    expect(await entriesOf(ctx.merchantId, "expire")).toHaveLength(3);
    for (const buyer of buyers) {
      expect(await readBalance(database.db, ctx.merchantId, buyer.id)).toMatchObject({
        available: 40,
      });
    }
    await expectConsistentLedger(database.db, ctx.merchantId);
  });

  it("expired but unburned points are not spendable", async () => {
    const { ctx } = await createLoyaltyStore(database.db);
    const buyer = await addMember(ctx);
    await adjustPoints({
      ctx,
      input: {
        idempotencyKey: randomUUID(),
        member: buyer.ref,
        amount: 100,
        reason: "promo",
        expiresInDays: 1,
      },
    });
    const balance = await getMemberBalance({ ctx, member: buyer.ref, now: later(2) });
    expect(balance).toMatchObject({ available: 100, spendable: 0 });
  });

  it("pending points activate after the delay, once, even when two runs race", async () => {
    const { ctx } = await createLoyaltyStore(database.db, delayedBonus);
    const buyer = await addMember(ctx, 100);
    const pay = (orderId: string, unitPrice: number, pointsToSpend = 0) =>
      markOrderPaid({
        ctx,
        input: {
          idempotencyKey: randomUUID(),
          orderId,
          member: buyer.ref,
          lines: [line("T", unitPrice)],
          pointsToSpend,
        },
      });
    await pay("J-1", 100_000, 100); // spends 100, earns 90 pending
    await pay("J-2", 50_000); // earns 50 pending
    await adjustPoints({
      ctx,
      input: { idempotencyKey: randomUUID(), member: buyer.ref, amount: 30, reason: "gift" },
    });
    await pay("J-3", 100_000, 30); // spends 30, earns 97 pending
    expect(await readBalance(database.db, ctx.merchantId, buyer.id)).toMatchObject({
      available: 0,
      pending: 237,
    });
    const run = () =>
      activatePending({
        db: database.db,
        now: later(15),
        merchantId: ctx.merchantId,
        batchSize: 1,
      });
    const [a, b] = await Promise.all([run(), run()]);
    expect(a.activated + b.activated).toBe(237);
    expect((await run()).activated).toBe(0);
    expect(await entriesOf(ctx.merchantId, "activate")).toHaveLength(3);
    expect(await readBalance(database.db, ctx.merchantId, buyer.id)).toMatchObject({
      available: 237,
      pending: 0,
    });
    await expectConsistentLedger(database.db, ctx.merchantId);
  });

  it("activation repays debt before the points become spendable", async () => {
    const { ctx } = await createLoyaltyStore(database.db, delayedBonus);
    const buyer = await addMember(ctx);
    const pay = (orderId: string, pointsToSpend = 0) =>
      markOrderPaid({
        ctx,
        input: {
          idempotencyKey: randomUUID(),
          orderId,
          member: buyer.ref,
          lines: [line("T", 100_000)],
          pointsToSpend,
        },
      });
    await pay("K-1"); // 100 pending
    await activatePending({ db: database.db, now: later(15), merchantId: ctx.merchantId });
    await pay("K-2", 100); // spends the 100, earns 90 pending
    await refundOrder({
      ctx,
      input: { idempotencyKey: randomUUID(), orderId: "K-1" },
      now: later(16),
    });
    expect(await readBalance(database.db, ctx.merchantId, buyer.id)).toMatchObject({
      available: 0,
      debt: 100,
    });
    await activatePending({ db: database.db, now: later(30), merchantId: ctx.merchantId });
    expect(await readBalance(database.db, ctx.merchantId, buyer.id)).toMatchObject({
      available: 0,
      pending: 0,
      debt: 10,
    });
    await expectConsistentLedger(database.db, ctx.merchantId);
  });

  it("expired holds release themselves: by the job once, and at once for readers and new reserves", async () => {
    const { ctx } = await createLoyaltyStore(database.db);
    const buyer = await addMember(ctx, 100);
    const reserve = (cartId: string, now?: Date) =>
      reserveOrder({
        ctx,
        input: {
          idempotencyKey: randomUUID(),
          member: buyer.ref,
          cartId,
          lines: [line("T", 100_000)],
          pointsToSpend: 100,
        },
        now,
      });
    await reserve("h-1");
    const soon = new Date(Date.now() + 31 * 60_000);
    expect(await getMemberBalance({ ctx, member: buyer.ref, now: soon })).toMatchObject({
      held: 100,
      spendable: 100,
    });
    const second = await reserve("h-2", soon);
    expect(second.heldPoints).toBe(100);
    const run = () =>
      releaseExpiredHolds({ db: database.db, now: later(1), merchantId: ctx.merchantId });
    const [a, b] = await Promise.all([run(), run()]);
    expect(a.released + b.released).toBe(100);
    expect(await entriesOf(ctx.merchantId, "release")).toHaveLength(2);
    expect(await readBalance(database.db, ctx.merchantId, buyer.id)).toMatchObject({
      available: 100,
      held: 0,
    });
    await expectConsistentLedger(database.db, ctx.merchantId);
  });
});
