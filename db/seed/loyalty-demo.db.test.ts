import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { members, orders } from "@/db/schema";
import { getMemberBalance } from "@/server/services/members/get-balance";
import { listActiveVersions } from "@/server/services/programs/list-active-versions";
import { createTestMerchant } from "@/server/testing/create-test-merchant";
import { expectConsistentLedger } from "@/server/testing/loyalty-fixtures";
import { setUpTestDatabase } from "@/server/testing/test-database";
import { seedCatalog } from "./catalog";
import { seedLoyaltyDemo } from "./loyalty-demo";

const database = setUpTestDatabase();

const now = new Date("2026-11-20T12:00:00Z");

async function seedStore(memberCount: number) {
  const ctx = await createTestMerchant(database.db);
  await seedCatalog(database.db, ctx.merchantId);
  const result = await seedLoyaltyDemo({
    db: database.db,
    merchantId: ctx.merchantId,
    now,
    members: memberCount,
  });
  return { ctx, result };
}

async function summarize(merchantId: string) {
  const [row] = await database.db
    .select({
      orders: sql<number>`count(*)::int`,
      revenue: sql<number>`sum(${orders.total})::float8`,
      earned: sql<number>`sum(${orders.earnedPoints})::int`,
      redeemed: sql<number>`sum(${orders.redeemedPoints})::int`,
    })
    .from(orders)
    .where(eq(orders.merchantId, merchantId));
  return row;
}

describe("seedLoyaltyDemo", () => {
  it("builds a published VIP program and a year of members and orders through the services", async () => {
    const { ctx, result } = await seedStore(150);
    expect(result).toMatchObject({ created: true, members: 150 });
    const versions = await listActiveVersions({ ctx });
    expect(versions.map((v) => v.config.type)).toEqual(["tiers"]);
    expect(await database.db.$count(members, eq(members.merchantId, ctx.merchantId))).toBe(150);
    const summary = await summarize(ctx.merchantId);
    expect(summary?.orders).toBeGreaterThan(150);
    expect(summary?.redeemed).toBeGreaterThan(0);

    const [buyer] = await database.db
      .select()
      .from(members)
      .where(and(eq(members.merchantId, ctx.merchantId), eq(members.externalId, "demo-buyer")));
    expect(buyer).toMatchObject({
      name: "Ирина Смирнова",
      email: "buyer@demo.kopilka.dev",
      tier: "vip",
    });
    const balance = await getMemberBalance({ ctx, member: { externalId: "demo-buyer" }, now });
    expect(balance.spendable).toBeGreaterThanOrEqual(800);
    await expectConsistentLedger(database.db, ctx.merchantId);

    const again = await seedLoyaltyDemo({ db: database.db, merchantId: ctx.merchantId, now });
    expect(again.created).toBe(false);
  });

  it("is deterministic: the same date gives the same store", async () => {
    const a = await seedStore(40);
    const b = await seedStore(40);
    expect(await summarize(b.ctx.merchantId)).toEqual(await summarize(a.ctx.merchantId));
  });
});
