import { beforeAll, describe, expect, it } from "vitest";
import { env } from "@/server/env";
import { listRecentApiErrors } from "@/server/services/integration/list-recent-api-errors";
import { setUpTestDatabase } from "@/server/testing/test-database";
import { useRestDb } from "../rest-db";
import {
  createRestStore,
  type RestStore,
  signShopperToken,
  storeOrigin,
} from "../testing/rest-store";
import {
  cart,
  findByExternalId,
  postQuote as quote,
  widgetHeaders as widget,
} from "../testing/widget-fixtures";
import * as quoteRoute from "./widget-quote";

const database = setUpTestDatabase();
beforeAll(() => useRestDb(database.db));

describe("POST /widget/quote: who may ask", () => {
  it.each([
    ["tampered", async (s: RestStore) => `${(await s.signToken("cust-t")).slice(0, -3)}abc`],
    ["expired", (s: RestStore) => s.signToken("cust-t", {}, -120)],
    [
      "another store's",
      async () => {
        const other = await createRestStore(database.db);
        return other.signToken("cust-t");
      },
    ],
    [
      "signed for this store with another secret",
      (s: RestStore) =>
        signShopperToken("tsk_not_this_store_secret_but_long_enough", {
          sub: "cust-t",
          merchant: s.ctx.merchantId,
        }),
    ],
  ])("answers 401 to a %s shopper token and writes nothing", async (_, makeToken) => {
    const store = await createRestStore(database.db);
    const response = await quote(widget(store, await makeToken(store)));
    expect(response.status).toBe(401);
    expect(response.json.error.code).toBe("UNAUTHORIZED");
    expect(response.headers.get("access-control-allow-origin")).toBe(storeOrigin);
    expect(await findByExternalId(database.db, store, "cust-t")).toBeUndefined();
    const recorded = await listRecentApiErrors({ ctx: store.ctx });
    expect(recorded[0]).toMatchObject({ status: 401, path: "/api/v1/widget/quote" });
  });

  it("refuses a foreign origin without CORS headers, and serves calls without an Origin", async () => {
    const store = await createRestStore(database.db);
    const foreign = await quote(widget(store, undefined, "https://evil.example"));
    expect(foreign.status).toBe(403);
    expect(foreign.headers.has("access-control-allow-origin")).toBe(false);
    const serverSide = await quote(widget(store, undefined, null));
    expect(serverSide.status).toBe(200);
    expect(serverSide.headers.has("access-control-allow-origin")).toBe(false);
  });

  it("answers the preflight for a store's origin only", async () => {
    await createRestStore(database.db);
    const preflight = (origin: string) =>
      quoteRoute.OPTIONS(
        new Request("http://localhost/api/v1/widget/quote", {
          method: "OPTIONS",
          headers: {
            origin,
            "access-control-request-method": "POST",
            "access-control-request-headers": "content-type, authorization, x-kopilka-key",
          },
        }),
      );
    const allowed = await preflight(storeOrigin);
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get("access-control-allow-origin")).toBe(storeOrigin);
    expect(allowed.headers.get("access-control-allow-headers")).toContain("x-kopilka-key");
    expect(allowed.headers.get("access-control-allow-headers")).toContain("authorization");
    const foreign = await preflight("https://evil.example");
    expect(foreign.headers.has("access-control-allow-origin")).toBe(false);
  });

  it("names the wrong fields of a malformed cart and refuses another currency", async () => {
    const store = await createRestStore(database.db);
    const bad = await quote(widget(store), {
      cart: { currency: "RUB", lines: [{ sku: "X", unitPrice: 10.5, quantity: 0 }] },
    });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.json.error.fieldErrors)).toEqual(
      expect.arrayContaining(["cart.lines.0.unitPrice", "cart.lines.0.quantity"]),
    );
    const dollars = await quote(widget(store), { cart: { ...cart, currency: "USD" } });
    expect(dollars.status).toBe(400);
    expect(dollars.json.error.fieldErrors).toHaveProperty("cart.currency");
  });

  it("refuses a secret key, and rate-limits one shopper with a clear 429", async () => {
    const store = await createRestStore(database.db);
    const withSecret = await quote({ "x-kopilka-key": store.secretKey });
    expect(withSecret.status).toBe(401);
    const headers = widget(store, await store.signToken("busy-cust"));
    const statuses: number[] = [];
    const limit = env.WIDGET_REQUESTS_PER_SHOPPER_PER_MINUTE;
    for (let i = 0; i < limit; i++) statuses.push((await quote(headers, {})).status);
    expect(new Set(statuses)).toEqual(new Set([400]));
    const limited = await quote(headers, {});
    expect(limited.status).toBe(429);
    expect(limited.json.error.message).toMatch(
      /too many widget requests for this shopper.*try again in \d+ s/i,
    );
  });
});
