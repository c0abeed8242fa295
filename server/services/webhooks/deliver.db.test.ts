import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { and, eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { webhookDeliveries } from "@/db/schema";
import type { ServiceContext } from "@/server/services/context";
import { createTestMerchant } from "@/server/testing/create-test-merchant";
import { addMember } from "@/server/testing/loyalty-fixtures";
import { setUpTestDatabase } from "@/server/testing/test-database";
import { verifyWebhookSignature } from "@/server/testing/verify-webhook-signature";
import { startWebhookReceiver } from "@/server/testing/webhook-receiver";
import { createEndpoint } from "./create-endpoint";
import { deliverDueDeliveries } from "./deliver-due-deliveries";
import { replayDelivery } from "./replay-delivery";
import { rotateEndpointSecret } from "./rotate-endpoint-secret";
import { sendTestEvent } from "./send-test-event";
import { updateEndpoint } from "./update-endpoint";

const database = setUpTestDatabase();

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

async function receiver(statuses?: number[]) {
  const started = await startWebhookReceiver(statuses);
  closers.push(started.close);
  return started;
}

async function storeWithEndpoint(url: string) {
  const ctx = await createTestMerchant(database.db);
  const endpoint = await createEndpoint({
    ctx,
    input: { url, eventTypes: ["member.created", "points.earned"] },
  });
  return { ctx, endpoint };
}

async function deliveriesOf(ctx: ServiceContext) {
  return database.db
    .select()
    .from(webhookDeliveries)
    .where(eq(webhookDeliveries.merchantId, ctx.merchantId));
}

const minute = 60_000;
const deliverAt = (ctx: ServiceContext, at: Date) =>
  deliverDueDeliveries({ db: database.db, now: () => at, merchantId: ctx.merchantId });

describe("webhook delivery", () => {
  it("POSTs the event with headers and a signature the documented check accepts", async () => {
    const hook = await receiver();
    const { ctx, endpoint } = await storeWithEndpoint(hook.url);
    await addMember(ctx, 0, "customer-1");
    const now = new Date();
    expect(await deliverAt(ctx, now)).toEqual({ attempted: 1, succeeded: 1 });

    const [request] = hook.received;
    if (!request) throw new Error("nothing received");
    const body = JSON.parse(request.body);
    expect(body).toMatchObject({
      type: "member.created",
      data: { member_external_id: "customer-1" },
    });
    const [delivery] = await deliveriesOf(ctx);
    expect(request.headers).toMatchObject({
      "content-type": "application/json",
      "kopilka-event": "member.created",
      "kopilka-delivery": delivery?.id,
    });
    const signature = request.headers["kopilka-signature"] ?? "";
    expect(signature).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    expect(verifyWebhookSignature(request.body, signature, endpoint.secret)).toBe(true);
    expect(verifyWebhookSignature(`${request.body} `, signature, endpoint.secret)).toBe(false);
    expect(verifyWebhookSignature(request.body, signature, "whsec_wrong")).toBe(false);
    expect(delivery).toMatchObject({
      status: "succeeded",
      attempts: 1,
      lastResponseStatus: 200,
      lastResponseBody: "answer 200",
      lastError: null,
      deliveredAt: now,
    });
    expect(await deliverAt(ctx, new Date(now.getTime() + 60 * minute))).toEqual({
      attempted: 0,
      succeeded: 0,
    });
  });

  it("retries a 500 at 1 and then 5 minutes, and succeeds on the third attempt", async () => {
    const hook = await receiver([500, 503, 200]);
    const { ctx } = await storeWithEndpoint(hook.url);
    await addMember(ctx);
    const t0 = new Date();
    const at = (minutes: number) => new Date(t0.getTime() + minutes * minute);

    await deliverAt(ctx, t0);
    const [first] = await deliveriesOf(ctx);
    expect(first).toMatchObject({
      status: "queued",
      attempts: 1,
      lastResponseStatus: 500,
      lastError: "HTTP 500",
      nextAttemptAt: at(1),
    });
    expect((await deliverAt(ctx, at(0.5))).attempted).toBe(0);
    await deliverAt(ctx, at(1));
    expect((await deliveriesOf(ctx))[0]).toMatchObject({
      status: "queued",
      attempts: 2,
      lastResponseStatus: 503,
      nextAttemptAt: at(6),
    });
    expect((await deliverAt(ctx, at(5.9))).attempted).toBe(0);
    expect(await deliverAt(ctx, at(6))).toEqual({ attempted: 1, succeeded: 1 });
    expect((await deliveriesOf(ctx))[0]).toMatchObject({
      status: "succeeded",
      attempts: 3,
      lastResponseStatus: 200,
      deliveredAt: at(6),
    });
    expect(hook.received).toHaveLength(3);
    const deliveryIds = new Set(hook.received.map((r) => r.headers["kopilka-delivery"]));
    expect(deliveryIds.size).toBe(1);
  });

  it("gives up after 7 attempts over about 21 hours and marks the delivery failed", async () => {
    const hook = await receiver([500]);
    const { ctx } = await storeWithEndpoint(hook.url);
    await addMember(ctx);
    let now = new Date();
    const waits: number[] = [];
    for (let attempt = 1; attempt <= 7; attempt++) {
      expect((await deliverAt(ctx, now)).attempted).toBe(1);
      const [delivery] = await deliveriesOf(ctx);
      if (!delivery) throw new Error("no delivery");
      if (delivery.status === "failed") break;
      waits.push((delivery.nextAttemptAt.getTime() - now.getTime()) / minute);
      now = delivery.nextAttemptAt;
    }
    expect(waits).toEqual([1, 5, 30, 120, 360, 720]);
    expect((await deliveriesOf(ctx))[0]).toMatchObject({
      status: "failed",
      attempts: 7,
      lastResponseStatus: 500,
      deliveredAt: null,
    });
    expect((await deliverAt(ctx, new Date(now.getTime() + 48 * 60 * minute))).attempted).toBe(0);
    expect(hook.received).toHaveLength(7);
  });

  it("records a timeout and a refused connection as failed attempts to retry", async () => {
    const silent = createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    closers.push(
      () =>
        new Promise<void>((resolve) => {
          silent.closeAllConnections();
          silent.close(() => resolve());
        }),
    );
    const { port } = silent.address() as AddressInfo;
    const { ctx } = await storeWithEndpoint(`http://127.0.0.1:${port}/hooks`);
    await addMember(ctx);
    const now = new Date();
    await deliverDueDeliveries({
      db: database.db,
      now: () => now,
      merchantId: ctx.merchantId,
      timeoutMs: 300,
    });
    expect((await deliveriesOf(ctx))[0]).toMatchObject({
      status: "queued",
      attempts: 1,
      lastResponseStatus: null,
      lastError: "No answer within 0.3 s",
    });

    const closed = await startWebhookReceiver();
    await closed.close();
    const refused = await storeWithEndpoint(closed.url);
    await addMember(refused.ctx);
    await deliverAt(refused.ctx, new Date());
    expect((await deliveriesOf(refused.ctx))[0]?.lastError).toBe(
      "Connection failed (ECONNREFUSED)",
    );
  });

  it("replays a delivery as a new one of the same event, once however often it is clicked", async () => {
    const hook = await receiver([500, 200]);
    const { ctx } = await storeWithEndpoint(hook.url);
    await addMember(ctx);
    await deliverAt(ctx, new Date());
    const [original] = await deliveriesOf(ctx);
    if (!original) throw new Error("no delivery");

    const [first, second] = await Promise.all([
      replayDelivery({ ctx, input: { id: original.id } }),
      replayDelivery({ ctx, input: { id: original.id } }),
    ]);
    expect([first?.isNew, second?.isNew].sort()).toEqual([false, true]);
    expect(first?.id).toBe(second?.id);
    const replay = (await deliveriesOf(ctx)).find((d) => d.id === first?.id);
    expect(replay).toMatchObject({
      eventId: original.eventId,
      replayOfId: original.id,
      status: "succeeded",
      attempts: 1,
    });
    expect(hook.received).toHaveLength(2);
    const [a, b] = hook.received.map((r) => JSON.parse(r.body).id);
    expect(a).toBe(b);
    expect(hook.received[1]?.headers["kopilka-delivery"]).toBe(replay?.id);
    // The original keeps its own retry schedule.
    expect((await deliveriesOf(ctx)).find((d) => d.id === original.id)?.status).toBe("queued");
  });

  it("two workers claiming at once deliver each event exactly once", async () => {
    const hook = await receiver();
    const { ctx } = await storeWithEndpoint(hook.url);
    for (let i = 0; i < 12; i++) await addMember(ctx);
    const now = new Date();
    const run = () =>
      deliverDueDeliveries({
        db: database.db,
        now: () => now,
        merchantId: ctx.merchantId,
        batchSize: 3,
      });
    const [a, b] = await Promise.all([run(), run()]);
    expect(a.succeeded + b.succeeded).toBe(12);
    expect(hook.received).toHaveLength(12);
    expect(new Set(hook.received.map((r) => r.headers["kopilka-delivery"])).size).toBe(12);
    expect((await deliveriesOf(ctx)).every((d) => d.attempts === 1)).toBe(true);
  });

  it("sends a test event at once; a rotated secret signs from then on; a paused endpoint is not called", async () => {
    const hook = await receiver();
    const { ctx, endpoint } = await storeWithEndpoint(hook.url);
    const result = await sendTestEvent({ ctx, input: { id: endpoint.id } });
    expect(result).toMatchObject({
      deliveryStatus: "succeeded",
      sent: { status: 200, error: null },
    });
    expect(JSON.parse(hook.received[0]?.body ?? "{}")).toMatchObject({
      type: "webhook.test",
      data: { endpoint_id: endpoint.id },
    });
    const { secret } = await rotateEndpointSecret({ ctx, input: { id: endpoint.id } });
    await sendTestEvent({ ctx, input: { id: endpoint.id } });
    const rotated = hook.received[1];
    const header = rotated?.headers["kopilka-signature"] ?? "";
    expect(verifyWebhookSignature(rotated?.body ?? "", header, secret)).toBe(true);
    expect(verifyWebhookSignature(rotated?.body ?? "", header, endpoint.secret)).toBe(false);

    await addMember(ctx);
    await updateEndpoint({ ctx, input: { id: endpoint.id, isActive: false } });
    await deliverAt(ctx, new Date());
    const [paused] = await database.db
      .select()
      .from(webhookDeliveries)
      .where(
        and(
          eq(webhookDeliveries.merchantId, ctx.merchantId),
          eq(webhookDeliveries.eventType, "member.created"),
        ),
      );
    expect(paused).toMatchObject({ status: "failed", lastError: "Endpoint is paused" });
    expect(hook.received).toHaveLength(2);
  });
});
