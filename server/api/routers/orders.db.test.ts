import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { makeTemplate } from "@/components/programs/templates";
import { type Auth, createAuth } from "@/server/auth/auth";
import { enrollMember } from "@/server/services/members/enroll-member";
import { markOrderPaid } from "@/server/services/orders/mark-paid";
import { refundOrder } from "@/server/services/orders/refund-order";
import { createAdminCallers, notFound } from "@/server/testing/admin-callers";
import { line } from "@/server/testing/loyalty-fixtures";
import { setUpTestDatabase } from "@/server/testing/test-database";

const database = setUpTestDatabase();
let auth: Auth;
beforeAll(() => {
  auth = createAuth(database.db);
});

async function setUp() {
  const callers = await createAdminCallers(database, auth);
  const { programId } = await callers.owner.programs.create({
    name: "Bonus",
    config: makeTemplate("bonusPoints", "en"),
  });
  await callers.owner.programs.publish({ programId });
  const { ctx } = callers;
  const member = await enrollMember({ ctx, input: { externalId: "buyer-1", name: "Vera" } });
  const other = await enrollMember({ ctx, input: { externalId: "buyer-2", name: "Gleb" } });
  const pay = (
    orderId: string,
    memberId: string,
    lines = [line("T", 100_000, 2), line("C", 50_000)],
  ) =>
    markOrderPaid({
      ctx,
      input: { idempotencyKey: randomUUID(), orderId, member: { memberId }, lines },
    });
  const first = await pay("R-1", member.id);
  await pay("R-2", other.id);
  await refundOrder({
    ctx,
    input: { idempotencyKey: randomUUID(), orderId: "R-1", lines: [{ sku: "T", quantity: 1 }] },
  });
  return { ...callers, member, other, first };
}

describe("orders router", () => {
  it("lists by status, member, id prefix and date", async () => {
    const { owner, member } = await setUp();
    const ids = async (input: Parameters<typeof owner.orders.list>[0]) =>
      (await owner.orders.list(input)).rows.map((r) => r.externalId);
    expect(await ids({})).toEqual(["R-2", "R-1"]);
    expect(await ids({ memberId: member.id })).toEqual(["R-1"]);
    expect(await ids({ q: "R-2" })).toEqual(["R-2"]);
    expect(await ids({ status: "refunded" })).toEqual([]);
    expect(await ids({ status: "paid" })).toEqual(["R-2", "R-1"]);
    expect(await ids({ from: "2000-01-01", to: "2000-01-02" })).toEqual([]);
    expect(await ids({ memberId: "not-a-uuid" })).toEqual([]);
  });

  it("shows lines, per-line points, the version that priced it and its refunds", async () => {
    const { owner, first } = await setUp();
    const detail = await owner.orders.get({ orderId: first.orderId });
    expect(detail.order).toMatchObject({
      externalId: "R-1",
      status: "paid",
      subtotal: 250_000,
      earnedPoints: 125,
    });
    expect(detail.lines.map((l) => l.sku)).toEqual(["T", "C"]);
    expect(detail.quote.lines.map((l) => l.pointsEarned)).toEqual([100, 25]);
    expect(detail.versions).toEqual([
      expect.objectContaining({ programName: "Bonus", version: 1 }),
    ]);
    expect(detail.refunds).toHaveLength(1);
    expect(detail.refunds[0]).toMatchObject({ amount: 100_000, earnedReversed: 50 });
    expect(detail.ledger.map((e) => e.kind)).toEqual(["earn", "reverse"]);
    expect(detail.member.name).toBe("Vera");
  });

  it("an analyst reads orders (orders have no write procedures)", async () => {
    const { analyst, first } = await setUp();
    expect((await analyst.orders.list({})).total).toBe(2);
    expect((await analyst.orders.get({ orderId: first.orderId })).order.externalId).toBe("R-1");
  });

  it("another store sees none of these orders", async () => {
    const { attacker, first, member } = await setUp();
    expect((await attacker.orders.list({})).total).toBe(0);
    expect((await attacker.orders.list({ memberId: member.id })).rows).toEqual([]);
    await expect(attacker.orders.get({ orderId: first.orderId })).rejects.toMatchObject(notFound);
    await expect(attacker.orders.get({ orderId: "nope" })).rejects.toMatchObject(notFound);
  });
});
