import { expect, type Page, request as playwrightRequest, test } from "@playwright/test";
import { uniqueId } from "./fixtures";
import { type HostCart, type HostServer, startHostServer } from "./widget-real-api/host-server";
import { type MerchantStore, setUpMerchantStore } from "./widget-real-api/merchant-store";

// The widget on a store's page (its own origin) against the real API: the test is the store's
// backend, signing shopper tokens and driving the order with the secret key through the SDK.
const cart: HostCart = {
  currency: "RUB",
  lines: [{ sku: "TEA-001", category: "tea", unitPrice: 89_000, quantity: 2 }],
};
const unavailable = "Points are unavailable right now — you can check out as usual.";

type HostWindow = Window & {
  kopilkaEvents: {
    pointsToSpend: number;
    discount: number;
    total: number;
    holdId: string | null;
  }[];
};

let host: HostServer;
let strangerHost: HostServer;
let store: MerchantStore;

test.beforeAll(async ({ baseURL }) => {
  const appOrigin = new URL(baseURL ?? "").origin;
  host = await startHostServer(appOrigin, cart);
  strangerHost = await startHostServer(appOrigin, cart);
  const admin = await playwrightRequest.newContext({ baseURL });
  store = await setUpMerchantStore(admin, { appOrigin, storeOrigin: host.origin });
  await admin.dispose();
});

test.afterAll(() => {
  host?.close();
  strangerHost?.close();
});

const lastChange = (page: Page) =>
  page.evaluate(() => (window as unknown as HostWindow).kopilkaEvents.at(-1) ?? null);

/** A buyer the store knows, with a welcome bonus credited by the store's backend. */
async function buyerWithPoints(points: number) {
  const customerId = `customer-${uniqueId()}`;
  await store.kopilka.upsertMember(
    customerId,
    { name: "Anna Test" },
    {
      idempotencyKey: `${customerId}:join`,
    },
  );
  await store.kopilka.adjustPoints(
    customerId,
    { amount: points, reason: "Welcome bonus" },
    {
      idempotencyKey: `${customerId}:welcome`,
    },
  );
  return { customerId, token: await store.signShopperToken(customerId) };
}

test("a guest on the store's page sees what joining would earn", async ({ page }) => {
  await page.goto(host.url({ publishableKey: store.publishableKey }));
  const widget = page.locator("kopilka-cart");
  // 1 point per full 100 RUB of 1,780 RUB.
  await expect(widget.getByText("Join and get 17 points for this order.")).toBeVisible();
  await expect(widget.getByRole("link", { name: "Join" })).toHaveAttribute(
    "href",
    `${host.origin}/join`,
  );
  await expect(widget.getByRole("slider")).toHaveCount(0);
  expect(await lastChange(page)).toMatchObject({ discount: 0, total: host.subtotal });
});

test("a signed-in buyer spends points, the store confirms and is paid, balance and history follow", async ({
  page,
}) => {
  const buyer = await buyerWithPoints(500);
  await page.goto(host.url({ publishableKey: store.publishableKey, shopperToken: buyer.token }));
  const widget = page.locator("kopilka-cart");
  await expect(widget.getByText("Anna Test")).toBeVisible();
  await expect(widget.getByRole("definition").first()).toHaveText("500 points");
  await expect(page.locator("#host-total")).toHaveText(String(host.subtotal));

  // Half of 1,780 RUB would be 890 points; the balance (500) is the limit.
  await widget.getByRole("slider", { name: "Pay with points" }).focus();
  await page.keyboard.press("End");
  await expect(widget.getByRole("spinbutton", { name: "Points to spend" })).toHaveValue("500");
  const paidTotal = host.subtotal - 500 * 100;
  await expect(page.locator("#host-total")).toHaveText(String(paidTotal));
  await expect(widget.getByRole("status")).toContainText("1,280.00");

  await page.getByRole("button", { name: "Place order" }).click();
  await expect(page.locator("#placed")).toBeVisible();
  const holdId = (await page.locator("#placed-hold").textContent()) ?? "";
  expect(holdId).not.toBe("none");
  await expect(page.locator("#placed-total")).toHaveText(String(paidTotal));
  expect((await store.kopilka.getMember(buyer.customerId)).balance).toMatchObject({
    available: 0,
    held: 500,
    spendable: 0,
  });

  const orderId = `A-${uniqueId()}`;
  const confirmed = await store.kopilka.confirmOrder(
    orderId,
    { cartId: holdId },
    {
      idempotencyKey: `${orderId}:confirm`,
    },
  );
  expect(confirmed).toMatchObject({ status: "placed", redeemedPoints: 500, total: paidTotal });
  const paid = await store.kopilka.markOrderPaid(
    orderId,
    {},
    {
      idempotencyKey: `${orderId}:paid`,
    },
  );
  // 1 point per full 100 RUB of the 1,280 RUB paid.
  expect(paid).toMatchObject({ status: "paid", earnedPoints: 12 });

  const member = await store.kopilka.getMember(buyer.customerId);
  expect(member.balance).toMatchObject({ available: 12, held: 0 });
  const { entries } = await store.kopilka.listMemberHistory(buyer.customerId);
  expect(entries.map((e) => [e.kind, e.amount])).toEqual(
    expect.arrayContaining([
      ["spend", -500],
      ["earn", 12],
      ["adjust", 500],
    ]),
  );

  await page.reload();
  await expect(widget.getByRole("definition").first()).toHaveText("12 points");
});

test("a tampered shopper token is refused with 401 and the widget quietly offers no discount", async ({
  page,
  request,
}) => {
  const buyer = await buyerWithPoints(300);
  const [header, payload, signature] = buyer.token.split(".");
  const claims = JSON.parse(Buffer.from(payload ?? "", "base64url").toString());
  const forged = Buffer.from(JSON.stringify({ ...claims, sub: "someone-else" })).toString(
    "base64url",
  );
  const tampered = `${header}.${forged}.${signature}`;

  const answer = await request.post("/api/v1/widget/quote", {
    headers: {
      origin: host.origin,
      "x-kopilka-key": store.publishableKey,
      authorization: `Bearer ${tampered}`,
    },
    data: { cart },
  });
  expect(answer.status()).toBe(401);

  await page.goto(host.url({ publishableKey: store.publishableKey, shopperToken: tampered }));
  await expect(page.locator("kopilka-cart").getByText(unavailable)).toBeVisible();
  expect(await lastChange(page)).toEqual({
    pointsToSpend: 0,
    discount: 0,
    total: host.subtotal,
    holdId: null,
  });
});

test("with the API down the store's checkout still completes at full price", async ({ page }) => {
  const buyer = await buyerWithPoints(300);
  await page.route(/\/api\/v1\//, (route) => route.abort("connectionrefused"));
  await page.goto(host.url({ publishableKey: store.publishableKey, shopperToken: buyer.token }));
  await expect(page.locator("kopilka-cart").getByText(unavailable)).toBeVisible();
  await page.getByRole("button", { name: "Place order" }).click();
  await expect(page.locator("#placed-hold")).toHaveText("none");
  await expect(page.locator("#placed-total")).toHaveText(String(host.subtotal));
  expect(await lastChange(page)).toMatchObject({ discount: 0, holdId: null });
  expect((await store.kopilka.getMember(buyer.customerId)).balance.held).toBe(0);
});

test("a page on an origin the store did not allow is refused by CORS", async ({
  page,
  request,
}) => {
  const answer = await request.post("/api/v1/widget/quote", {
    headers: { origin: strangerHost.origin, "x-kopilka-key": store.publishableKey },
    data: { cart },
  });
  expect(answer.status()).toBe(403);
  expect(answer.headers()["access-control-allow-origin"]).toBeUndefined();

  await page.goto(strangerHost.url({ publishableKey: store.publishableKey }));
  await expect(page.locator("kopilka-cart").getByText(unavailable)).toBeVisible();
  const fromStranger = await page.evaluate(
    (key) =>
      fetch(
        new URL(
          "/api/v1/widget/quote",
          document.querySelector("script[src]")?.getAttribute("src") ?? "",
        ),
        {
          method: "POST",
          headers: { "content-type": "application/json", "x-kopilka-key": key },
          body: JSON.stringify({ cart: { currency: "RUB", lines: [] } }),
        },
      ).then(
        () => "answered",
        (error: Error) => error.name,
      ),
    store.publishableKey,
  );
  expect(fromStranger).toBe("TypeError");
});
