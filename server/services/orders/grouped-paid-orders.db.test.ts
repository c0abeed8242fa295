import { randomUUID } from "node:crypto";
import { availableParallelism } from "node:os";
import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { orders } from "@/db/schema";
import { Conflict, NotFound } from "@/server/errors";
import type { ServiceContext } from "@/server/services/context";
import {
  addMember,
  createLoyaltyStore,
  delayedBonus,
  expectConsistentLedger,
  line,
  readBalance,
} from "@/server/testing/loyalty-fixtures";
import { setUpTestDatabase } from "@/server/testing/test-database";
import type { MemberRef } from "../members/find-member";
import { markOrderPaid } from "./mark-paid";

const database = setUpTestDatabase();

const lines = [line("TEA-1", 10_000)];
// The first calls of a burst run at once, alone (a group per core and one more); the rest wait
// and share transactions.
const beyondFirst = (n: number) => availableParallelism() + 1 + n;

const pay = (
  ctx: ServiceContext,
  member: MemberRef,
  orderId: string,
  idempotencyKey: string = randomUUID(),
) => markOrderPaid({ ctx, input: { idempotencyKey, orderId, member, lines, pointsToSpend: 10 } });

/** The transaction that wrote each order (orders written by one COMMIT share it). */
async function transactionsOf(ctx: ServiceContext) {
  const rows = await database.db
    .select({ externalId: orders.externalId, xid: sql<string>`${orders}.xmin::text` })
    .from(orders)
    .where(eq(orders.merchantId, ctx.merchantId));
  return new Map(rows.map((row) => [row.externalId, row.xid]));
}

describe("new paid orders that arrive together", () => {
  it("of different members share transactions, each priced and spent as if alone", async () => {
    const { ctx } = await createLoyaltyStore(database.db, delayedBonus);
    const buyers = await Promise.all(
      Array.from({ length: beyondFirst(24) }, () => addMember(ctx, 10)),
    );
    const paid = await Promise.all(buyers.map((buyer, i) => pay(ctx, buyer.ref, `G-${i}`)));
    for (const order of paid) expect(order.redeemedPoints).toBe(10);
    for (const buyer of buyers) {
      expect(await readBalance(database.db, ctx.merchantId, buyer.id)).toMatchObject({
        available: 0,
        pending: 9,
      });
    }
    const transactions = await transactionsOf(ctx);
    expect(transactions.size).toBe(buyers.length);
    expect(new Set(transactions.values()).size).toBeLessThan(buyers.length);
    await expectConsistentLedger(database.db, ctx.merchantId);
  });

  it("a bad one fails alone: the others of its group are paid", async () => {
    const { ctx } = await createLoyaltyStore(database.db, delayedBonus);
    const buyers = await Promise.all(
      Array.from({ length: beyondFirst(8) }, () => addMember(ctx, 10)),
    );
    const results = await Promise.allSettled([
      ...buyers.map((buyer, i) => pay(ctx, buyer.ref, `B-${i}`)),
      pay(ctx, { externalId: "nobody" }, "B-nobody"),
    ]);
    const failed = results.filter((r) => r.status === "rejected");
    expect(failed).toHaveLength(1);
    expect(failed[0]?.reason).toBeInstanceOf(NotFound);
    const transactions = await transactionsOf(ctx);
    expect([...transactions.keys()].sort()).toEqual(buyers.map((_, i) => `B-${i}`).sort());
    await expectConsistentLedger(database.db, ctx.merchantId);
  });

  it("a repeated event among them returns the first answer and earns once", async () => {
    const { ctx } = await createLoyaltyStore(database.db, delayedBonus);
    const buyers = await Promise.all(Array.from({ length: 6 }, () => addMember(ctx, 10)));
    const repeated = { idempotencyKey: randomUUID(), orderId: "R-0", lines, pointsToSpend: 10 };
    const first = await markOrderPaid({ ctx, input: { ...repeated, member: buyers[0]?.ref } });
    const [again] = await Promise.all([
      markOrderPaid({ ctx, input: { ...repeated, member: buyers[0]?.ref } }),
      ...buyers.slice(1).map((buyer, i) => pay(ctx, buyer.ref, `R-${i + 1}`)),
    ]);
    expect(again).toEqual(first);
    expect(await readBalance(database.db, ctx.merchantId, buyers[0]?.id ?? "")).toMatchObject({
      available: 0,
      pending: 9,
    });
    await expectConsistentLedger(database.db, ctx.merchantId);
  });

  it("one member named three ways at once spends their points once", async () => {
    const { ctx } = await createLoyaltyStore(database.db, delayedBonus);
    const buyer = await addMember(ctx, 10);
    const others = await Promise.all(Array.from({ length: 6 }, () => addMember(ctx, 10)));
    const names: MemberRef[] = [
      buyer.ref,
      { memberId: buyer.id },
      { memberId: buyer.id.toUpperCase() },
    ];
    const results = await Promise.allSettled([
      ...names.map((name, i) => pay(ctx, name, `N-${i}`)),
      ...others.map((other, i) => pay(ctx, other.ref, `O-${i}`)),
    ]);
    const named = results.slice(0, names.length);
    const spent = named.filter((r) => r.status === "fulfilled" && r.value.redeemedPoints === 10);
    expect(spent).toHaveLength(1);
    expect(await readBalance(database.db, ctx.merchantId, buyer.id)).toMatchObject({
      available: 0,
    });
    const [row] = await database.db
      .select({ count: sql<number>`count(*)::int` })
      .from(orders)
      .where(and(eq(orders.merchantId, ctx.merchantId), eq(orders.memberId, buyer.id)));
    expect(row?.count).toBe(named.filter((r) => r.status === "fulfilled").length);
    await expectConsistentLedger(database.db, ctx.merchantId);
  });
});

describe("new paid orders of one member that arrive together", () => {
  it("run one after another in shared transactions, each spending what the one before left", async () => {
    const { ctx } = await createLoyaltyStore(database.db, delayedBonus);
    const buyer = await addMember(ctx, 200);
    const paid = await Promise.all(
      Array.from({ length: 20 }, (_, i) => pay(ctx, buyer.ref, `L-${i}`)),
    );
    for (const order of paid) expect(order.redeemedPoints).toBe(10);
    expect(await readBalance(database.db, ctx.merchantId, buyer.id)).toMatchObject({
      available: 0,
      pending: 20 * 9,
    });
    const transactions = await transactionsOf(ctx);
    expect(transactions.size).toBe(20);
    expect(new Set(transactions.values()).size).toBeLessThan(20);
    await expectConsistentLedger(database.db, ctx.merchantId);
  });

  it("a bad one fails alone: the member's other orders are paid", async () => {
    const { ctx } = await createLoyaltyStore(database.db, delayedBonus);
    const buyer = await addMember(ctx, 100);
    const reused = randomUUID();
    await pay(ctx, buyer.ref, "K-first", reused);
    const results = await Promise.allSettled([
      ...Array.from({ length: 4 }, (_, i) => pay(ctx, buyer.ref, `K-${i}`)),
      pay(ctx, buyer.ref, "K-reused", reused),
      ...Array.from({ length: 4 }, (_, i) => pay(ctx, buyer.ref, `K-${i + 4}`)),
    ]);
    const failed = results.filter((r) => r.status === "rejected");
    expect(failed).toHaveLength(1);
    expect(failed[0]?.reason).toBeInstanceOf(Conflict);
    for (const r of results) if (r.status === "fulfilled") expect(r.value.redeemedPoints).toBe(10);
    expect(await readBalance(database.db, ctx.merchantId, buyer.id)).toMatchObject({
      available: 100 - 9 * 10,
    });
    await expectConsistentLedger(database.db, ctx.merchantId);
  });
});
