import { randomUUID } from "node:crypto";
import { and, asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { webhookDeliveries, webhookEvents, webhookEventTypes } from "@/db/schema";
import { expireLots } from "@/server/jobs/expire-lots";
import type { ServiceContext } from "@/server/services/context";
import { adjustPoints } from "@/server/services/members/adjust-points";
import { markOrderPaid } from "@/server/services/orders/mark-paid";
import { refundOrder } from "@/server/services/orders/refund-order";
import { addMember, createLoyaltyStore, line } from "@/server/testing/loyalty-fixtures";
import { setUpTestDatabase } from "@/server/testing/test-database";
import { createEndpoint } from "./create-endpoint";
import { updateEndpoint } from "./update-endpoint";

const database = setUpTestDatabase();

const unreachable = "http://127.0.0.1:1/hooks";

async function subscribe(ctx: ServiceContext, eventTypes: string[] = [...webhookEventTypes]) {
  return createEndpoint({ ctx, input: { url: unreachable, eventTypes: eventTypes as never } });
}

async function eventsOf(merchantId: string) {
  const rows = await database.db
    .select({ type: webhookEvents.type, payload: webhookEvents.payload })
    .from(webhookEvents)
    .where(eq(webhookEvents.merchantId, merchantId))
    .orderBy(asc(webhookEvents.createdAt));
  type Envelope = { id: string; created_at: string; data: Record<string, unknown> };
  return rows.map((r) => ({ type: r.type, ...(r.payload as Envelope) }));
}

async function deliveriesOf(merchantId: string) {
  return database.db
    .select()
    .from(webhookDeliveries)
    .where(eq(webhookDeliveries.merchantId, merchantId));
}

const tiers = {
  type: "tiers" as const,
  tiers: {
    levels: [
      { id: "base", name: "Base", threshold: 0 },
      { id: "vip", name: "VIP", threshold: 1_000_000 },
    ],
  },
  discount: { rule: { kind: "fixed" as const, percentBp: 500 } },
};

describe("webhook events written by triggers", () => {
  it("a store without endpoints gets no events or deliveries", async () => {
    const { ctx } = await createLoyaltyStore(database.db);
    const buyer = await addMember(ctx, 500);
    await markOrderPaid({
      ctx,
      input: {
        idempotencyKey: randomUUID(),
        orderId: "N-1",
        member: buyer.ref,
        lines: [line("TEA", 100_000)],
        pointsToSpend: 100,
      },
    });
    expect(await eventsOf(ctx.merchantId)).toEqual([]);
    expect(await deliveriesOf(ctx.merchantId)).toEqual([]);
  });

  it("enrolling emits member.created with the store's customer id", async () => {
    const { ctx } = await createLoyaltyStore(database.db);
    const endpoint = await subscribe(ctx);
    await addMember(ctx, 0, "customer-42");
    const [event] = await eventsOf(ctx.merchantId);
    expect(event).toMatchObject({
      type: "member.created",
      data: { member_external_id: "customer-42" },
    });
    expect(event?.id).toEqual(expect.any(String));
    expect(Date.parse(String(event?.created_at))).not.toBeNaN();
    const deliveries = await deliveriesOf(ctx.merchantId);
    expect(deliveries).toEqual([
      expect.objectContaining({ endpointId: endpoint.id, status: "queued", attempts: 0 }),
    ]);
  });

  it("a paid order with redemption emits points.spent and points.earned; a refund order.refunded", async () => {
    const { ctx } = await createLoyaltyStore(database.db);
    const buyer = await addMember(ctx, 500, "customer-7");
    await subscribe(ctx);
    await markOrderPaid({
      ctx,
      input: {
        idempotencyKey: randomUUID(),
        orderId: "A-1",
        member: buyer.ref,
        lines: [line("TEA", 100_000)],
        pointsToSpend: 300,
      },
    });
    const paid = await eventsOf(ctx.merchantId);
    expect(paid.map((e) => e.type)).toEqual(["points.spent", "points.earned"]);
    expect(paid[0]?.data).toMatchObject({
      member_external_id: "customer-7",
      order_external_id: "A-1",
      points: 300,
    });
    // 1000 RUB - 300 RUB of points = 700 RUB paid; 10% earns 70 points.
    expect(paid[1]?.data).toMatchObject({
      member_external_id: "customer-7",
      order_external_id: "A-1",
      points: 70,
      balance: { available: 270 },
    });

    await refundOrder({ ctx, input: { idempotencyKey: randomUUID(), orderId: "A-1" } });
    const refunded = (await eventsOf(ctx.merchantId)).filter((e) => e.type === "order.refunded");
    expect(refunded).toEqual([
      expect.objectContaining({
        data: expect.objectContaining({
          order_external_id: "A-1",
          member_external_id: "customer-7",
          amount: 70_000,
          points_reversed: 70,
          points_returned: 300,
          order_refunded_amount: 70_000,
          order_status: "refunded",
        }),
      }),
    ]);
  });

  it("expiry emits points.expired; only subscribed types are queued, one delivery per endpoint", async () => {
    const { ctx } = await createLoyaltyStore(database.db);
    const buyer = await addMember(ctx, 0, "customer-9");
    const expiring = await subscribe(ctx, ["points.expired"]);
    const everything = await subscribe(ctx);
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
    await expireLots({
      db: database.db,
      now: new Date(Date.now() + 2 * 86_400_000),
      merchantId: ctx.merchantId,
    });
    const events = await eventsOf(ctx.merchantId);
    expect(events).toEqual([
      expect.objectContaining({
        type: "points.expired",
        data: expect.objectContaining({ member_external_id: "customer-9", points: 100 }),
      }),
    ]);
    const deliveries = await deliveriesOf(ctx.merchantId);
    expect(deliveries.map((d) => d.endpointId).sort()).toEqual([expiring.id, everything.id].sort());
  });

  it("a paused endpoint gets nothing, and tier changes emit tier.changed from and to", async () => {
    const { ctx } = await createLoyaltyStore(database.db, tiers);
    const buyer = await addMember(ctx, 0, "customer-vip");
    const paused = await subscribe(ctx);
    await updateEndpoint({ ctx, input: { id: paused.id, isActive: false } });
    const endpoint = await subscribe(ctx, ["tier.changed"]);
    await markOrderPaid({
      ctx,
      input: {
        idempotencyKey: randomUUID(),
        orderId: "V-1",
        member: buyer.ref,
        lines: [line("TEA", 1_200_000)],
      },
    });
    const events = await eventsOf(ctx.merchantId);
    expect(events).toEqual([
      expect.objectContaining({
        type: "tier.changed",
        data: { member_external_id: "customer-vip", from: null, to: "vip" },
      }),
    ]);
    const deliveries = await database.db
      .select()
      .from(webhookDeliveries)
      .where(
        and(
          eq(webhookDeliveries.merchantId, ctx.merchantId),
          eq(webhookDeliveries.endpointId, paused.id),
        ),
      );
    expect(deliveries).toEqual([]);
    expect((await deliveriesOf(ctx.merchantId)).map((d) => d.endpointId)).toEqual([endpoint.id]);
  });
});
