import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { enrollMember } from "@/server/services/members/enroll-member";
import { getMemberBalance } from "@/server/services/members/get-balance";
import { revokePartnerKey } from "@/server/services/partners/change-partner";
import { createPartner } from "@/server/services/partners/create-partner";
import { setUpTestDatabase } from "@/server/testing/test-database";
import { creditPartnerPoints, listPartnerCredits } from "../contract/partners";
import { useRestDb } from "../rest-db";
import { callHandler, createRestStore } from "../testing/rest-store";
import * as memberRoute from "./member";
import * as adjustRoute from "./member-adjust";
import * as partnerRoute from "./partner-credits";

const database = setUpTestDatabase();
beforeAll(() => useRestDb(database.db));

const bearer = (key: string, idempotencyKey: string | null = randomUUID()) => ({
  authorization: `Bearer ${key}`,
  ...(idempotencyKey ? { "idempotency-key": idempotencyKey } : {}),
});
const credit = (key: string, body: unknown, idempotencyKey: string | null = randomUUID()) =>
  callHandler(partnerRoute.POST, "/partner/credits", {
    headers: bearer(key, idempotencyKey),
    body,
  });
const list = (key: string) =>
  callHandler(partnerRoute.GET, "/partner/credits", { method: "GET", headers: bearer(key, null) });

async function setUp(monthlyCap: number | null = null) {
  const store = await createRestStore(database.db);
  const partner = await createPartner({ ctx: store.ctx, input: { name: "Taxi", monthlyCap } });
  const ann = await enrollMember({
    ctx: store.ctx,
    input: { externalId: "ann", email: "Ann@Example.com", phone: "+7 (999) 123-45-67" },
  });
  const available = async () =>
    (await getMemberBalance({ ctx: store.ctx, member: { memberId: ann.id } })).available;
  return { store, partner, ann, available };
}

describe("partner credits", () => {
  it("credits by the store's id, email or phone; a retry with the same key credits once", async () => {
    const { partner, available } = await setUp();
    const first = await credit(partner.key, { member: { externalId: "ann" }, points: 10 }, "k-1");
    expect(first.status).toBe(200);
    expect(creditPartnerPoints.output.parse(first.json)).toMatchObject({ points: 10 });
    const retry = await credit(partner.key, { member: { externalId: "ann" }, points: 10 }, "k-1");
    expect(retry.json).toEqual(first.json);
    await credit(partner.key, { member: { email: "ann@example.COM" }, points: 20 });
    await credit(partner.key, {
      member: { phone: "7 999 123 45 67" },
      points: 30,
    });
    expect(await available()).toBe(60);
    const none = await credit(partner.key, { member: { email: "nobody@example.com" }, points: 5 });
    expect(none.status).toBe(404);
    expect(
      (await credit(partner.key, { member: { externalId: "ann" }, points: 5 }, null)).status,
    ).toBe(400);
    expect(await available()).toBe(60);
  });

  it("a partner key opens no other endpoint, and a store key does not open the partner's", async () => {
    const { store, partner } = await setUp();
    const get = await callHandler(memberRoute.GET, "/members/ann", {
      method: "GET",
      headers: bearer(partner.key, null),
      params: { externalId: "ann" },
    });
    expect(get.status).toBe(401);
    const adjust = await callHandler(adjustRoute.POST, "/members/ann/adjust", {
      headers: bearer(partner.key),
      params: { externalId: "ann" },
      body: { amount: 1000, reason: "free points" },
    });
    expect(adjust.status).toBe(401);
    expect(
      (await credit(store.secretKey, { member: { externalId: "ann" }, points: 5 })).status,
    ).toBe(401);
    expect((await list(store.publishableKey)).status).toBe(401);
  });

  it("sees only its own credits and reaches only its own store's members", async () => {
    const { store, partner } = await setUp();
    const other = await createPartner({ ctx: store.ctx, input: { name: "Cinema" } });
    await credit(partner.key, { member: { externalId: "ann" }, points: 7, reference: "r-1" });
    await credit(other.key, { member: { externalId: "ann" }, points: 9 });
    const mine = listPartnerCredits.output.parse((await list(partner.key)).json);
    expect(mine.credits.map((c) => [c.points, c.reference])).toEqual([[7, "r-1"]]);
    const elsewhere = await setUp();
    await enrollMember({
      ctx: elsewhere.store.ctx,
      input: { externalId: "zed", email: "zed@example.com" },
    });
    expect((await credit(partner.key, { member: { externalId: "zed" }, points: 5 })).status).toBe(
      404,
    );
    expect(
      (await credit(partner.key, { member: { email: "zed@example.com" }, points: 5 })).status,
    ).toBe(404);
    expect(await elsewhere.available()).toBe(0);
  });

  it("holds the monthly cap when credits arrive at once", async () => {
    const { partner, available } = await setUp(100);
    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        credit(partner.key, { member: { externalId: "ann" }, points: 30 }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 200, 200, 422, 422]);
    expect(await available()).toBe(90);
  });

  it("a revoked key stops working", async () => {
    const { store, partner, available } = await setUp();
    await revokePartnerKey({ ctx: store.ctx, input: { partnerId: partner.id } });
    expect((await credit(partner.key, { member: { externalId: "ann" }, points: 5 })).status).toBe(
      401,
    );
    expect(await available()).toBe(0);
  });
});
