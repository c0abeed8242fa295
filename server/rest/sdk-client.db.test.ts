import { randomBytes, randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { KopilkaClient, KopilkaError } from "@/sdk/node/kopilka-client";
import { setUpTestDatabase } from "@/server/testing/test-database";
import { useRestDb } from "./rest-db";
import { dispatch } from "./testing/dispatch";
import { createRestStore } from "./testing/rest-store";

const database = setUpTestDatabase();
beforeAll(() => useRestDb(database.db));

/** The SDK over the app's real route files, in process: no server, same handlers. */
const inProcessFetch: typeof fetch = async (input, init) => dispatch(new Request(input, init));

const key = () => ({ idempotencyKey: randomUUID() });
const lines = [
  { sku: "TEA-1", category: "tea", unitPrice: 120_000, quantity: 1 },
  { sku: "CUP-1", category: "ware", unitPrice: 30_000, quantity: 2 },
];

describe("the Node SDK against the real handlers", () => {
  it("runs a store's whole integration: member, quote, widget, reserve, pay, refund", async () => {
    const store = await createRestStore(database.db);
    const client = new KopilkaClient({
      baseUrl: "http://localhost:3000",
      secretKey: store.secretKey,
      publishableKey: store.publishableKey,
      fetch: inProcessFetch,
    });
    const externalId = "cust/42 ü";
    const enrolled = await client.upsertMember(externalId, { name: "Ирина" }, key());
    expect(enrolled).toMatchObject({ created: true, member: { externalId, name: "Ирина" } });
    await client.adjustPoints(externalId, { amount: 2000, reason: "welcome bonus" }, key());

    const member = { externalId };
    const quote = await client.quote({ member, lines, pointsToSpend: 500 });
    expect(quote.totals).toMatchObject({ subtotal: 180_000, pointsValue: 50_000, total: 130_000 });

    const token = await store.signToken(externalId);
    const widgetQuote = await client.widgetQuote(
      { cart: { currency: "RUB", lines }, pointsToSpend: 500 },
      { shopperToken: token },
    );
    expect(widgetQuote.totals.total).toBe(quote.totals.total);
    expect(widgetQuote.member?.balance.available).toBe(2000);
    const cartId = randomBytes(16).toString("hex");
    const hold = await client.widgetReserve(
      { cart: { currency: "RUB", lines }, pointsToSpend: 500, cartId },
      { shopperToken: token },
    );
    expect(hold).toMatchObject({ holdId: cartId, pointsHeld: 500, total: 130_000 });

    expect(await client.confirmOrder("A-77", { cartId: hold.holdId }, key())).toMatchObject({
      status: "placed",
    });
    const paid = await client.markOrderPaid("A-77", {}, key());
    expect(paid).toMatchObject({ status: "paid", redeemedPoints: 500, earnedPoints: 130 });
    const refund = await client.refundOrder(
      "A-77",
      { lines: [{ sku: "CUP-1", quantity: 1 }] },
      key(),
    );
    expect(refund.refund.isNoop).toBe(false);

    const history = await client.listMemberHistory(externalId, { limit: 10 });
    expect(history.entries.some((e) => e.orderId === "A-77")).toBe(true);
    const after = await client.getMember(externalId);
    expect(after.stats.ordersCount).toBe(1);
    const action = await client.rewardAction(externalId, { action: "signUp" }, key());
    expect(action).toMatchObject({ credited: 0, isRepeat: false });
    expect(await client.cancelOrder("A-77", key())).toMatchObject({ status: "cancelled" });
  });

  it("throws KopilkaError with the code and fields the API answered", async () => {
    const store = await createRestStore(database.db);
    const client = new KopilkaClient({
      baseUrl: "http://localhost:3000",
      secretKey: store.secretKey,
      fetch: inProcessFetch,
    });
    const missing = await client.getMember("nobody").catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(KopilkaError);
    expect(missing).toMatchObject({ status: 404, code: "NOT_FOUND" });
    const invalid = await client
      .adjustPoints("nobody", { amount: 0, reason: "x" }, key())
      .catch((e: unknown) => e);
    expect(invalid).toMatchObject({ status: 400, code: "BAD_REQUEST" });
    expect((invalid as KopilkaError).fieldErrors).toHaveProperty("amount");
  });
});
