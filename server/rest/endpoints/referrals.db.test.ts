import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { buyerFingerprints } from "@/db/schema";
import { createProgram } from "@/server/services/programs/create-program";
import { publishProgram } from "@/server/services/programs/publish-program";
import { setUpTestDatabase } from "@/server/testing/test-database";
import { upsertMember } from "../contract/members";
import { getMemberReferral } from "../contract/referrals";
import { WidgetQuoteOutput } from "../contract/widget";
import { useRestDb } from "../rest-db";
import { callHandler, createRestStore, type RestStore, secretHeaders } from "../testing/rest-store";
import { cart, postQuote, widgetHeaders } from "../testing/widget-fixtures";
import * as memberRoute from "./member";
import * as referralRoute from "./member-referral";
import * as paidRoute from "./order-paid";

const database = setUpTestDatabase();
beforeAll(() => useRestDb(database.db));

const put = (store: RestStore, externalId: string, body: unknown) =>
  callHandler(memberRoute.PUT, `/members/${externalId}`, {
    method: "PUT",
    headers: secretHeaders(store, randomUUID()),
    params: { externalId },
    body,
  });
const getReferral = (store: RestStore, externalId: string) =>
  callHandler(referralRoute.GET, `/members/${externalId}/referral`, {
    method: "GET",
    headers: secretHeaders(store, null),
    params: { externalId },
  });

async function referralStore() {
  const store = await createRestStore(database.db);
  const config = {
    type: "referral",
    referral: { friendBonus: 300, referrerBonus: 500, landingUrl: "https://shop.example/hi" },
  };
  const { programId } = await createProgram({ ctx: store.ctx, input: { name: "Friends", config } });
  await publishProgram({ ctx: store.ctx, input: { programId } });
  return store;
}

describe("referrals over REST", () => {
  it("gives a member a code and link, and a friend signs up with it", async () => {
    const store = await referralStore();
    await put(store, "ira", { email: "ira@example.com" });
    const shared = await getReferral(store, "ira");
    expect(shared.status).toBe(200);
    const referral = getMemberReferral.output.parse(shared.json);
    expect(referral.link).toBe(`https://shop.example/hi?ref=${referral.code}`);
    expect((await getReferral(store, "ira")).json).toMatchObject({ code: referral.code });

    const friend = await put(store, "oleg", {
      email: "oleg@example.com",
      referralCode: referral.code,
      source: { ip: "203.0.113.7", deviceId: "oleg-phone" },
    });
    expect(friend.status).toBe(200);
    expect(upsertMember.output.parse(friend.json).referral).toEqual({
      status: "waiting",
      blockReason: null,
      friendPoints: 300,
    });
    expect((await getReferral(store, "ira")).json).toMatchObject({
      friends: { joined: 1, waiting: 1, rewarded: 0 },
      pointsEarned: 0,
    });
    const plain = await put(store, "anna", { name: "Анна" });
    expect(plain.json).toMatchObject({ created: true, referral: null });
  });

  it("reports a self-referral as blocked with its reason", async () => {
    const store = await referralStore();
    await put(store, "ira", { email: "ira.petrova@gmail.com" });
    const { code } = getMemberReferral.output.parse((await getReferral(store, "ira")).json);
    const alias = await put(store, "ira-2", {
      email: "irapetrova+2@gmail.com",
      referralCode: code,
    });
    expect(alias.json).toMatchObject({
      referral: { status: "blocked", blockReason: "sameNormalizedEmail", friendPoints: 0 },
    });
  });

  it("records the payer's card and device sent with a payment", async () => {
    const store = await referralStore();
    await put(store, "ira", {});
    const paid = await callHandler(paidRoute.POST, "/orders/A-1/paid", {
      headers: secretHeaders(store, randomUUID()),
      params: { externalOrderId: "A-1" },
      body: {
        member: { externalId: "ira" },
        lines: [{ sku: "TEA-1", unitPrice: 100_000, quantity: 1 }],
        buyer: { paymentFingerprint: "fp_ira", deviceId: "ira-phone" },
      },
    });
    expect(paid.status).toBe(200);
    const prints = await database.db
      .select({ kind: buyerFingerprints.kind, value: buyerFingerprints.value })
      .from(buyerFingerprints)
      .where(eq(buyerFingerprints.merchantId, store.ctx.merchantId));
    expect(prints.sort((a, b) => a.kind.localeCompare(b.kind))).toEqual([
      { kind: "device", value: "ira-phone" },
      { kind: "payment", value: "fp_ira" },
    ]);
  });

  it("never shows another store's member, and refuses a malformed code", async () => {
    const mine = await referralStore();
    const theirs = await referralStore();
    await put(theirs, "ira", {});
    expect((await getReferral(mine, "ira")).status).toBe(404);
    const bad = await put(mine, "oleg", { referralCode: "x" });
    expect(bad.status).toBe(400);
  });
});

describe("referrals in the widget", () => {
  it("a buyer first seen with a kept ?ref= code joins as a friend, and sees their own link", async () => {
    const store = await referralStore();
    await put(store, "ira", { email: "ira@example.com" });
    const { code } = getMemberReferral.output.parse((await getReferral(store, "ira")).json);
    const token = await store.signToken("oleg", { email: "oleg@example.com", name: "Олег" });
    const first = await postQuote(widgetHeaders(store, token), {
      cart,
      referralCode: code.toLowerCase(),
    });
    expect(first.status).toBe(200);
    const member = WidgetQuoteOutput.parse(first.json).member;
    expect(member?.balance.available).toBe(300);
    expect(member?.referral?.link).toMatch(/^https:\/\/shop\.example\/hi\?ref=[2-9A-Z]{8}$/);
    expect(member?.referral?.code).not.toBe(code);
    expect((await getReferral(store, "ira")).json).toMatchObject({ friends: { joined: 1 } });

    const known = await store.signToken("ira");
    const again = await postQuote(widgetHeaders(store, known), { cart, referralCode: code });
    expect(WidgetQuoteOutput.parse(again.json).member?.referral?.code).toBe(code);
    expect((await getReferral(store, "ira")).json).toMatchObject({ friends: { joined: 1 } });
  });

  it("shows no invite while no referral program runs", async () => {
    const store = await createRestStore(database.db);
    const token = await store.signToken("oleg");
    const body = WidgetQuoteOutput.parse((await postQuote(widgetHeaders(store, token))).json);
    expect(body.member?.referral).toBeNull();
  });
});
