import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { webhookDeliveries, webhookEvents } from "@/db/schema";
import { addMember, createLoyaltyStore } from "@/server/testing/loyalty-fixtures";
import { setUpTestDatabase } from "@/server/testing/test-database";
import { createEndpoint } from "./create-endpoint";
import { pruneWebhookEvents } from "./prune-webhook-events";

const database = setUpTestDatabase();

const day = 86_400_000;

describe("pruning webhook events", () => {
  it("deletes events past the retention with their deliveries, but not one still being retried", async () => {
    const { ctx } = await createLoyaltyStore(database.db);
    await createEndpoint({
      ctx,
      input: { url: "http://127.0.0.1:1/hooks", eventTypes: ["member.created"] },
    });
    const [delivered, retrying, recent] = [
      await addMember(ctx, 0, "delivered"),
      await addMember(ctx, 0, "retrying"),
      await addMember(ctx, 0, "recent"),
    ];
    const events = await database.db
      .select({ id: webhookEvents.id, payload: webhookEvents.payload })
      .from(webhookEvents)
      .where(eq(webhookEvents.merchantId, ctx.merchantId));
    const eventOf = (externalId: string) =>
      events.find((e) => JSON.stringify(e.payload).includes(`"${externalId}"`))?.id ?? "";
    const now = new Date();
    const age = async (externalId: string, days: number, status: string) => {
      const id = eventOf(externalId);
      const at = new Date(now.getTime() - days * day).toISOString();
      await database.db.execute(
        sql`update webhook_events set created_at = ${at}::timestamptz where id = ${id}`,
      );
      await database.db.execute(
        sql`update webhook_deliveries set status = ${status}, created_at = ${at}::timestamptz where event_id = ${id}`,
      );
    };
    expect([delivered, retrying, recent].every((m) => eventOf(m.externalId))).toBe(true);
    await age("delivered", 31, "succeeded");
    await age("retrying", 31, "queued");
    await age("recent", 29, "failed");

    expect(await pruneWebhookEvents({ db: database.db, now, retentionDays: 30 })).toEqual({
      pruned: 1,
    });
    const left = await database.db
      .select({ eventId: webhookDeliveries.eventId })
      .from(webhookDeliveries)
      .where(eq(webhookDeliveries.merchantId, ctx.merchantId));
    expect(left.map((d) => d.eventId).sort()).toEqual(
      [eventOf("retrying"), eventOf("recent")].sort(),
    );
    expect(await pruneWebhookEvents({ db: database.db, now, retentionDays: 30 })).toEqual({
      pruned: 0,
    });
  });
});
