import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { addMember, readBalance } from "@/server/testing/loyalty-fixtures";
import { setUpTestDatabase } from "@/server/testing/test-database";
import { WidgetReserveOutput } from "../contract/widget";
import { useRestDb } from "../rest-db";
import { callHandler, createRestStore } from "../testing/rest-store";
import { cart, widgetHeaders as widget } from "../testing/widget-fixtures";
import * as reserveRoute from "./widget-reserve";

const database = setUpTestDatabase();
beforeAll(() => useRestDb(database.db));

describe("POST /widget/reserve", () => {
  const cartId = () => randomBytes(16).toString("hex");

  it("holds the chosen points and replaces the hold when the cart is reserved again", async () => {
    const store = await createRestStore(database.db);
    const buyer = await addMember(store.ctx, 5000);
    const headers = widget(store, await store.signToken(buyer.externalId));
    const id = cartId();
    const reserve = (pointsToSpend: number) =>
      callHandler(reserveRoute.POST, "/widget/reserve", {
        headers,
        body: { cart, pointsToSpend, cartId: id },
      });
    const first = await reserve(1500);
    expect(first.status).toBe(200);
    expect(WidgetReserveOutput.parse(first.json)).toMatchObject({
      holdId: id,
      pointsHeld: 1500,
      total: 223_000 - 150_000,
    });
    expect(await readBalance(database.db, store.ctx.merchantId, buyer.id)).toMatchObject({
      available: 3500,
      held: 1500,
    });
    const second = await reserve(400);
    expect(second.json).toMatchObject({ holdId: id, pointsHeld: 400 });
    expect(await readBalance(database.db, store.ctx.merchantId, buyer.id)).toMatchObject({
      available: 4600,
      held: 400,
    });
  });

  it("needs a shopper token: a guest has nothing to hold", async () => {
    const store = await createRestStore(database.db);
    const response = await callHandler(reserveRoute.POST, "/widget/reserve", {
      headers: widget(store),
      body: { cart, pointsToSpend: 0, cartId: cartId() },
    });
    expect(response.status).toBe(401);
  });

  it("refuses a cart id that is not 32 hex characters", async () => {
    const store = await createRestStore(database.db);
    const response = await callHandler(reserveRoute.POST, "/widget/reserve", {
      headers: widget(store, await store.signToken("cust-x")),
      body: { cart, pointsToSpend: 0, cartId: "cart-1" },
    });
    expect(response.status).toBe(400);
    expect(response.json.error.fieldErrors).toHaveProperty("cartId");
  });
});
