import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { addMember } from "@/server/testing/loyalty-fixtures";
import { setUpTestDatabase } from "@/server/testing/test-database";
import {
  adjustPoints,
  getMember,
  listMemberHistory,
  rewardAction,
  upsertMember,
} from "../contract/members";
import { useRestDb } from "../rest-db";
import { callHandler, createRestStore, type RestStore, secretHeaders } from "../testing/rest-store";
import * as memberRoute from "./member";
import * as actionsRoute from "./member-actions";
import * as adjustRoute from "./member-adjust";
import * as historyRoute from "./member-history";

const database = setUpTestDatabase();
beforeAll(() => useRestDb(database.db));

const put = (store: RestStore, externalId: string, body: unknown, key: string = randomUUID()) =>
  callHandler(memberRoute.PUT, `/members/${externalId}`, {
    method: "PUT",
    headers: secretHeaders(store, key),
    params: { externalId },
    body,
  });
const get = (store: RestStore, externalId: string) =>
  callHandler(memberRoute.GET, `/members/${externalId}`, {
    method: "GET",
    headers: secretHeaders(store, null),
    params: { externalId },
  });
const adjust = (store: RestStore, externalId: string, body: unknown, key: string = randomUUID()) =>
  callHandler(adjustRoute.POST, `/members/${externalId}/adjust`, {
    headers: secretHeaders(store, key),
    params: { externalId },
    body,
  });

describe("PUT /members/{externalId}", () => {
  it("enrolls, then updates only the fields sent, and null clears one", async () => {
    const store = await createRestStore(database.db);
    const created = await put(store, "cust-1", { name: "Ирина", email: "Irina@Example.com" });
    expect(created.status).toBe(200);
    expect(upsertMember.output.parse(created.json)).toMatchObject({
      created: true,
      member: { externalId: "cust-1", name: "Ирина", email: "irina@example.com", phone: null },
    });
    const updated = await put(store, "cust-1", { phone: "+79001234567", email: null });
    expect(updated.json).toMatchObject({
      created: false,
      member: { name: "Ирина", email: null, phone: "+79001234567" },
    });
  });

  it("records marketing consent with when and where, and keeps the time when it is repeated", async () => {
    const store = await createRestStore(database.db);
    const given = await put(store, "cust-c", {
      email: "c@example.com",
      emailConsent: true,
      consentSource: "checkout checkbox",
    });
    const consent = upsertMember.output.parse(given.json).member.consent;
    expect(consent).toMatchObject({ email: true, emailSource: "checkout checkbox", sms: false });
    expect(consent.emailAt).not.toBeNull();
    const repeated = await put(store, "cust-c", { emailConsent: true, consentSource: "form" });
    expect(repeated.json.member.consent).toEqual(consent);
    const withdrawn = await put(store, "cust-c", { emailConsent: false, smsConsent: true });
    expect(withdrawn.json.member.consent).toMatchObject({
      email: false,
      emailSource: "api",
      sms: true,
      smsSource: "api",
    });
    expect((await get(store, "cust-c")).json.consent).toMatchObject({ email: false, sms: true });
  });

  it("replays the first answer for a repeated key and refuses the key with another body", async () => {
    const store = await createRestStore(database.db);
    const key = randomUUID();
    const first = await put(store, "cust-2", { name: "Пётр" }, key);
    const again = await put(store, "cust-2", { name: "Пётр" }, key);
    expect(again.status).toBe(200);
    expect(again.json).toEqual(first.json);
    const conflicting = await put(store, "cust-2", { name: "Павел" }, key);
    expect(conflicting.status).toBe(409);
    expect(conflicting.json.error.code).toBe("CONFLICT");
    expect((await get(store, "cust-2")).json.name).toBe("Пётр");
  });

  it("requires an Idempotency-Key and names invalid fields", async () => {
    const store = await createRestStore(database.db);
    const withoutKey = await callHandler(memberRoute.PUT, "/members/cust-3", {
      method: "PUT",
      headers: secretHeaders(store, null),
      params: { externalId: "cust-3" },
      body: { name: "X" },
    });
    expect(withoutKey.status).toBe(400);
    expect(withoutKey.json.error.fieldErrors).toHaveProperty("Idempotency-Key");
    const invalid = await put(store, "cust-3", { email: "not-an-email", birthday: "31.12.1990" });
    expect(invalid.status).toBe(400);
    expect(Object.keys(invalid.json.error.fieldErrors).sort()).toEqual(["birthday", "email"]);
    expect((await get(store, "cust-3")).status).toBe(404);
  });
});

describe("GET /members/{externalId}", () => {
  it("returns the profile, balances and lifetime figures", async () => {
    const store = await createRestStore(database.db);
    const buyer = await addMember(store.ctx, 700);
    const response = await get(store, buyer.externalId);
    expect(response.status).toBe(200);
    expect(getMember.output.parse(response.json)).toMatchObject({
      externalId: buyer.externalId,
      name: "Test Buyer",
      tier: null,
      balance: { available: 700, pending: 0, held: 0, spendable: 700, debt: 0 },
      stats: { ordersCount: 0, totalSpent: 0, firstOrderAt: null },
    });
  });

  it("does not show another store's member", async () => {
    const store = await createRestStore(database.db);
    const other = await createRestStore(database.db);
    const buyer = await addMember(store.ctx, 100);
    const response = await get(other, buyer.externalId);
    expect(response.status).toBe(404);
    expect(response.json.error).toEqual({ code: "NOT_FOUND", message: "Member not found" });
  });
});

describe("POST /members/{externalId}/adjust and GET .../history", () => {
  it("adjusts once per key and lists the history newest first, page by page", async () => {
    const store = await createRestStore(database.db);
    const buyer = await addMember(store.ctx, 0);
    const key = randomUUID();
    const first = await adjust(store, buyer.externalId, { amount: 300, reason: "goodwill" }, key);
    expect(adjustPoints.output.parse(first.json)).toEqual({
      externalId: buyer.externalId,
      amount: 300,
      available: 300,
      debt: 0,
    });
    expect(
      (await adjust(store, buyer.externalId, { amount: 300, reason: "goodwill" }, key)).json,
    ).toEqual(first.json);
    await adjust(store, buyer.externalId, { amount: -100, reason: "correction" });
    expect((await get(store, buyer.externalId)).json.balance.available).toBe(200);

    const page = (query: string) =>
      callHandler(historyRoute.GET, `/members/${buyer.externalId}/history`, {
        method: "GET",
        headers: secretHeaders(store, null),
        params: { externalId: buyer.externalId },
        query,
      });
    const firstPage = listMemberHistory.output.parse((await page("?limit=1")).json);
    expect(firstPage.entries).toHaveLength(1);
    expect(firstPage.entries[0]).toMatchObject({ kind: "adjust", amount: -100, orderId: null });
    expect(firstPage.nextBefore).toBeTypeOf("number");
    const rest = listMemberHistory.output.parse(
      (await page(`?limit=50&before=${firstPage.nextBefore}`)).json,
    );
    expect(rest.entries.map((e) => e.amount)).toContain(300);
    expect(rest.nextBefore).toBeNull();
    expect((await page("?limit=0")).status).toBe(400);
  });

  it("refuses a zero amount and a missing reason", async () => {
    const store = await createRestStore(database.db);
    const buyer = await addMember(store.ctx, 0);
    const response = await adjust(store, buyer.externalId, { amount: 0 });
    expect(response.status).toBe(400);
    expect(Object.keys(response.json.error.fieldErrors).sort()).toEqual(["amount", "reason"]);
  });

  it("cannot touch another store's member", async () => {
    const store = await createRestStore(database.db);
    const other = await createRestStore(database.db);
    const buyer = await addMember(store.ctx, 100);
    const response = await adjust(other, buyer.externalId, { amount: 50, reason: "sneaky" });
    expect(response.status).toBe(404);
    expect((await get(store, buyer.externalId)).json.balance.available).toBe(100);
  });
});

describe("POST /members/{externalId}/actions", () => {
  it("credits an action once and says so on a repeat", async () => {
    const store = await createRestStore(database.db, {
      type: "bonus",
      bonus: { earn: { kind: "percent", percentBp: 500 } },
      actions: { review: 50, signUp: 100 },
    });
    const buyer = await addMember(store.ctx, 0);
    const act = (action: string) =>
      callHandler(actionsRoute.POST, `/members/${buyer.externalId}/actions`, {
        headers: secretHeaders(store),
        params: { externalId: buyer.externalId },
        body: { action },
      });
    const first = await act("review");
    expect(rewardAction.output.parse(first.json)).toEqual({
      externalId: buyer.externalId,
      action: "review",
      credited: 50,
      isRepeat: false,
    });
    expect((await act("review")).json).toMatchObject({ credited: 0, isRepeat: true });
    expect((await act("dance")).status).toBe(400);
    expect((await get(store, buyer.externalId)).json.balance.available).toBe(50);
  });
});
