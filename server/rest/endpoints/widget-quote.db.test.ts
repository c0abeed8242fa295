import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { members } from "@/db/schema";
import { MemberLinkRevoked } from "@/server/services/member-page/member-link-token";
import { readMemberPage } from "@/server/services/member-page/read-member-page";
import { revokeMemberLinks } from "@/server/services/member-page/revoke-member-links";
import { adjustPoints } from "@/server/services/members/adjust-points";
import { quoteOrder } from "@/server/services/orders/quote-order";
import { addMember } from "@/server/testing/loyalty-fixtures";
import { setUpTestDatabase } from "@/server/testing/test-database";
import { WidgetQuoteOutput } from "../contract/widget";
import { useRestDb } from "../rest-db";
import { createRestStore, storeOrigin } from "../testing/rest-store";
import {
  cart,
  engineLines,
  findByExternalId,
  postQuote as quote,
  tiersProgram,
  widgetHeaders as widget,
} from "../testing/widget-fixtures";

const database = setUpTestDatabase();
beforeAll(() => useRestDb(database.db));

describe("POST /widget/quote: prices", () => {
  it("prices a guest at full price and says what joining would earn", async () => {
    const store = await createRestStore(database.db);
    const response = await quote(widget(store));
    expect(response.status).toBe(200);
    const body = WidgetQuoteOutput.parse(response.json);
    expect(body).toMatchObject({
      currency: "RUB",
      locale: "ru",
      member: null,
      totals: { subtotal: 223_000, discount: 0, pointsValue: 0, total: 223_000 },
      spend: { applied: 0, max: 0, pointValue: 100, limit: { key: "spend.limit.guest" } },
      // 10% of 2,230.00 RUB at 1 RUB a point.
      guest: { earnIfJoined: 223, joinUrl: "https://shop.example/join" },
    });
    expect(response.headers.get("access-control-allow-origin")).toBe(storeOrigin);
  });

  it("gives a member the engine's numbers, their balance and what expires soon", async () => {
    const store = await createRestStore(database.db, tiersProgram);
    const buyer = await addMember(store.ctx, 0);
    await adjustPoints({
      ctx: store.ctx,
      input: {
        idempotencyKey: randomUUID(),
        member: buyer.ref,
        amount: 800,
        reason: "welcome gift",
        expiresInDays: 10,
      },
    });
    const response = await quote(widget(store, await store.signToken(buyer.externalId)), {
      cart,
      pointsToSpend: 5000,
    });
    expect(response.status).toBe(200);
    const body = WidgetQuoteOutput.parse(response.json);
    const engine = await quoteOrder({
      ctx: store.ctx,
      input: { member: buyer.ref, lines: engineLines, pointsToSpend: 5000 },
    });
    expect(body.totals).toEqual({
      subtotal: engine.totals.subtotal,
      discount: engine.totals.discount,
      pointsValue: engine.totals.pointsValue,
      total: engine.totals.total,
    });
    expect(body.spend).toMatchObject({
      applied: engine.spend.applied,
      max: engine.spend.maxPoints,
      pointValue: 100,
      limit: { key: "spend.limit.maxShare", params: { percent: 30 } },
    });
    expect(body.earn.points).toBe(engine.earn.points);
    expect(body.member).toMatchObject({
      name: "Test Buyer",
      tier: { id: "base", name: "Base" },
      balance: { available: 800, pending: 0, expiringSoon: { points: 800 } },
    });
    const page = await readMemberPage({
      db: database.db,
      token: body.member?.pageUrl.split("/m/")[1] ?? "",
    });
    expect(page.member.cardNumber).toMatch(/^\d{12}$/);
    expect(page.balance.available).toBe(800);
    expect(body.tierProgress).toEqual({ nextTier: "VIP", remaining: 1_000_000, metric: "spend" });
    expect(body.guest).toBeNull();
    // The slider's promise: the total at any p is total + pointsValue - p * pointValue.
    expect(body.totals.total + body.totals.pointsValue - body.spend.applied * 100).toBe(
      body.totals.total,
    );
  });

  it("hands out a new page link once the store revokes the member's links", async () => {
    const store = await createRestStore(database.db);
    const buyer = await addMember(store.ctx, 0);
    const headers = widget(store, await store.signToken(buyer.externalId));
    const pageToken = async () => {
      const body = WidgetQuoteOutput.parse((await quote(headers)).json);
      return body.member?.pageUrl.split("/m/")[1] ?? "";
    };
    const before = await pageToken();
    expect(await pageToken()).toBe(before);
    await revokeMemberLinks({
      ctx: store.ctx,
      input: { idempotencyKey: randomUUID(), member: { memberId: buyer.id } },
    });
    await expect(readMemberPage({ db: database.db, token: before })).rejects.toBeInstanceOf(
      MemberLinkRevoked,
    );
    const after = await pageToken();
    expect(after).not.toBe(before);
    expect((await readMemberPage({ db: database.db, token: after })).member.name).toBe(
      "Test Buyer",
    );
  });

  it("shows a VIP their tier discount and perk, with no next tier", async () => {
    const store = await createRestStore(database.db, tiersProgram);
    const buyer = await addMember(store.ctx, 0);
    await database.db
      .update(members)
      .set({ totalSpent: 1_500_000, tier: "vip" })
      .where(and(eq(members.merchantId, store.ctx.merchantId), eq(members.id, buyer.id)));
    const response = await quote(widget(store, await store.signToken(buyer.externalId)));
    const body = WidgetQuoteOutput.parse(response.json);
    expect(body.member?.tier).toEqual({ id: "vip", name: "VIP" });
    expect(body.totals.discount).toBe(22_300);
    expect(body.discountReasons.map((r) => r.key)).toContain("discount.tier");
    expect(body.perks.freeShipping).toBe(true);
    expect(body.tierProgress).toBeNull();
    expect(body.member?.balance.expiringSoon).toBeNull();
  });

  it("enrolls a shopper seen for the first time with the token's profile", async () => {
    const store = await createRestStore(database.db);
    const token = await store.signToken("new-cust-1", {
      name: "Ирина",
      email: "irina@example.com",
    });
    const response = await quote(widget(store, token));
    expect(response.status).toBe(200);
    expect(response.json.member).toMatchObject({ name: "Ирина", balance: { available: 0 } });
    expect(await findByExternalId(database.db, store, "new-cust-1")).toMatchObject({
      name: "Ирина",
      email: "irina@example.com",
    });
  });
});
