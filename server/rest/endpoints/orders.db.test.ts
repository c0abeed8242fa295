import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { quoteOrder } from "@/server/services/orders/quote-order";
import {
  addMember,
  expectConsistentLedger,
  line,
  readBalance,
} from "@/server/testing/loyalty-fixtures";
import { setUpTestDatabase } from "@/server/testing/test-database";
import {
  cancelOrder,
  confirmOrder,
  markOrderPaid,
  quote,
  refundOrder,
  reserveOrder,
} from "../contract/orders";
import { useRestDb } from "../rest-db";
import { callHandler, createRestStore, type RestStore, secretHeaders } from "../testing/rest-store";
import * as cancelRoute from "./order-cancel";
import * as confirmRoute from "./order-confirm";
import * as paidRoute from "./order-paid";
import * as refundRoute from "./order-refund";
import * as reserveRoute from "./order-reserve";
import * as quoteRoute from "./quote";

const database = setUpTestDatabase();
beforeAll(() => useRestDb(database.db));

const lines = [line("TEA-1", 100_000, 2), line("CUP-1", 50_000, 1, "ware")];

function orderCall(route: { POST: Parameters<typeof callHandler>[0] }, action: string) {
  return (store: RestStore, orderId: string, body?: unknown, key: string = randomUUID()) =>
    callHandler(route.POST, `/orders/${orderId}/${action}`, {
      headers: secretHeaders(store, key),
      params: { externalOrderId: orderId },
      body,
    });
}
const confirm = orderCall(confirmRoute, "confirm");
const paid = orderCall(paidRoute, "paid");
const cancel = orderCall(cancelRoute, "cancel");
const refund = orderCall(refundRoute, "refund");
const reserve = (store: RestStore, body: unknown, key: string = randomUUID()) =>
  callHandler(reserveRoute.POST, "/orders/reserve", { headers: secretHeaders(store, key), body });

describe("POST /quote", () => {
  it("prices a cart for a member exactly as the service does, writing nothing", async () => {
    const store = await createRestStore(database.db);
    const buyer = await addMember(store.ctx, 400);
    const body = { member: buyer.ref, lines, pointsToSpend: 300 };
    const response = await callHandler(quoteRoute.POST, "/quote", {
      headers: secretHeaders(store, null),
      body,
    });
    expect(response.status).toBe(200);
    const parsed = quote.output.parse(response.json);
    const engine = await quoteOrder({ ctx: store.ctx, input: body });
    expect(parsed.totals).toEqual(engine.totals);
    expect(parsed.spend).toMatchObject({ applied: 300, maxPoints: engine.spend.maxPoints });
    expect(parsed.earn.points).toBe(engine.earn.points);
    expect(await readBalance(database.db, store.ctx.merchantId, buyer.id)).toMatchObject({
      available: 400,
      held: 0,
    });
  });

  it("is 404 for an unknown member and 400 with fields for a malformed cart", async () => {
    const store = await createRestStore(database.db);
    const call = (body: unknown) =>
      callHandler(quoteRoute.POST, "/quote", { headers: secretHeaders(store, null), body });
    expect((await call({ member: { externalId: "ghost" }, lines })).status).toBe(404);
    const bad = await call({ member: {}, lines: [], pointsToSpend: -1 });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.json.error.fieldErrors).sort()).toEqual([
      "lines",
      "member.externalId",
      "pointsToSpend",
    ]);
  });
});

describe("the order lifecycle over REST", () => {
  it("reserve -> confirm -> paid -> partial refund by line -> refund by amount -> full", async () => {
    const store = await createRestStore(database.db);
    const buyer = await addMember(store.ctx, 1000);
    const reserved = await reserve(store, {
      member: buyer.ref,
      cartId: "cart-1",
      lines,
      pointsToSpend: 500,
    });
    expect(reserved.status).toBe(200);
    expect(reserveOrder.output.parse(reserved.json)).toMatchObject({
      status: "reserved",
      heldPoints: 500,
      total: 250_000 - 50_000,
      quote: { spend: { applied: 500 } },
    });

    const confirmed = await confirm(store, "A-1", { cartId: "cart-1" });
    expect(confirmOrder.output.parse(confirmed.json)).toMatchObject({
      status: "placed",
      externalId: "A-1",
    });
    const payKey = randomUUID();
    const paidOrder = await paid(store, "A-1", {}, payKey);
    expect(markOrderPaid.output.parse(paidOrder.json)).toMatchObject({
      status: "paid",
      redeemedPoints: 500,
      // 10% of the 2,000.00 RUB paid in money.
      earnedPoints: 200,
    });
    expect((await paid(store, "A-1", {}, payKey)).json).toEqual(paidOrder.json);

    const byLine = await refund(store, "A-1", { lines: [{ sku: "CUP-1", quantity: 1 }] });
    expect(refundOrder.output.parse(byLine.json)).toMatchObject({
      status: "paid",
      refund: { isNoop: false, cash: 40_000 },
    });
    const byAmount = await refund(store, "A-1", { amount: 10_000 });
    expect(byAmount.json.refund.cash).toBe(10_000);
    const rest = await refund(store, "A-1", {});
    expect(rest.json).toMatchObject({ status: "refunded", refundedAmount: 200_000 });
    expect(await readBalance(database.db, store.ctx.merchantId, buyer.id)).toMatchObject({
      available: 1000,
      pending: 0,
      held: 0,
    });
    await expectConsistentLedger(database.db, store.ctx.merchantId);
  });

  it("pays a never-reserved order at once, then cancels it with a full refund", async () => {
    const store = await createRestStore(database.db);
    const buyer = await addMember(store.ctx, 100);
    const response = await paid(store, "POS-9", { member: buyer.ref, lines, pointsToSpend: 100 });
    expect(response.json).toMatchObject({ status: "paid", redeemedPoints: 100 });
    const cancelled = await cancel(store, "POS-9");
    expect(cancelOrder.output.parse(cancelled.json)).toMatchObject({ status: "cancelled" });
    expect(await readBalance(database.db, store.ctx.merchantId, buyer.id)).toMatchObject({
      available: 100,
    });
  });

  it("cancels a placed order and releases its hold", async () => {
    const store = await createRestStore(database.db);
    const buyer = await addMember(store.ctx, 300);
    await reserve(store, { member: buyer.ref, cartId: "c-2", lines, pointsToSpend: 300 });
    await confirm(store, "B-2", { cartId: "c-2" });
    expect((await cancel(store, "B-2")).json.status).toBe("cancelled");
    expect(await readBalance(database.db, store.ctx.merchantId, buyer.id)).toMatchObject({
      available: 300,
      held: 0,
    });
  });

  it("replays a reserve, refuses its key with another body, and needs the header", async () => {
    const store = await createRestStore(database.db);
    const buyer = await addMember(store.ctx, 300);
    const key = randomUUID();
    const body = { member: buyer.ref, cartId: "c-3", lines, pointsToSpend: 100 };
    const first = await reserve(store, body, key);
    expect((await reserve(store, body, key)).json).toEqual(first.json);
    const conflicting = await reserve(store, { ...body, pointsToSpend: 200 }, key);
    expect(conflicting.status).toBe(409);
    const withoutKey = await callHandler(reserveRoute.POST, "/orders/reserve", {
      headers: secretHeaders(store, null),
      body,
    });
    expect(withoutKey.status).toBe(400);
    expect(await readBalance(database.db, store.ctx.merchantId, buyer.id)).toMatchObject({
      held: 100,
    });
  });

  it("does not let another store see or touch the order", async () => {
    const store = await createRestStore(database.db);
    const other = await createRestStore(database.db);
    const buyer = await addMember(store.ctx, 0);
    await paid(store, "C-1", { member: buyer.ref, lines });
    expect((await refund(other, "C-1", {})).status).toBe(404);
    expect((await cancel(other, "C-1")).status).toBe(404);
    expect((await paid(other, "C-1", {})).status).toBe(404);
    expect((await confirm(other, "C-1", { cartId: "nope" })).status).toBe(404);
    const reserveForeign = await reserve(other, { member: buyer.ref, cartId: "x", lines });
    expect(reserveForeign.status).toBe(404);
    expect((await refund(store, "C-1", {})).json.status).toBe("refunded");
  });

  it("refuses lines and amount together, and a paid body with lines but no member", async () => {
    const store = await createRestStore(database.db);
    const both = await refund(store, "D-1", { lines: [{ sku: "TEA-1", quantity: 1 }], amount: 5 });
    expect(both.status).toBe(400);
    expect(both.json.error.fieldErrors).toHaveProperty("amount");
    const halfNew = await paid(store, "D-1", { lines });
    expect(halfNew.status).toBe(400);
    expect(halfNew.json.error.fieldErrors).toHaveProperty("lines");
  });
});
